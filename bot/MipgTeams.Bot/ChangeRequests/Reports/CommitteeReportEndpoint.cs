namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// GET /api/reports/committee.csv|xlsx?from&amp;to&amp;exp&amp;sig: the report files behind the signed links the
/// «informe comité» card gives.
/// </summary>
internal static class CommitteeReportEndpoint
{
    public static IEndpointRouteBuilder MapCommitteeReport(this IEndpointRouteBuilder app)
    {
        // Any method reaches the handler, which refuses all but GET with the same Spanish 403 as a bad link.
        app.Map("/api/reports/committee.csv", context => ServeAsync(context, "csv"));
        app.Map("/api/reports/committee.xlsx", context => ServeAsync(context, "xlsx"));
        return app;
    }

    private static async Task ServeAsync(HttpContext context, string format)
    {
        var links = context.RequestServices.GetRequiredService<ReportLinks>();
        var query = context.Request.Query;
        if (!HttpMethods.IsGet(context.Request.Method)
            || links.Verify(format, query["from"], query["to"], query["exp"], query["sig"]) is not { } period)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("El enlace del informe no es válido o ya venció. Pide uno nuevo con \"informe comité\" en el chat de MipgTeams.");
            return;
        }
        var report = await context.RequestServices.GetRequiredService<CommitteeReportBuilder>().BuildAsync(period.From, period.To, context.RequestAborted);
        var (bytes, type) = format == "csv" ? (CommitteeCsv.Write(report), "text/csv; charset=utf-8") : (CommitteeXlsx.Write(report), CommitteeXlsx.ContentType);
        context.Response.ContentType = type;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"informe-comite-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.{format}\"";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
