namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// GET /api/reports/committee.csv|xlsx?from&amp;to&amp;exp&amp;sig: the report files behind the signed links. Mounted
/// by a startup filter so the feature needs no line in Program.cs.
/// </summary>
internal sealed class CommitteeReportEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/api/reports/committee.csv", branch => branch.Run(context => ServeAsync(context, "csv")));
        app.Map("/api/reports/committee.xlsx", branch => branch.Run(context => ServeAsync(context, "xlsx")));
        next(app);
    };

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
