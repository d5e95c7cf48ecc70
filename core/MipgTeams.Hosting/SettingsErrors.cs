using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MipgTeams.Hosting;

/// <summary>
/// What a wrong setting throws at start-up (a failed validation, several at once, a value the binder cannot convert),
/// as one line per problem naming the setting; null when the exception is something else, which must surface as is.
/// Both hosts print these under a Spanish header and stop with exit code 3.
/// </summary>
public static partial class SettingsErrors
{
    public const int ExitCode = 3;

    public static IReadOnlyList<string>? Describe(Exception exception)
    {
        var lines = new List<string>();
        foreach (var e in exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception])
        {
            switch (e)
            {
                case OptionsValidationException invalid:
                    lines.AddRange(invalid.Failures.Select(Simplify));
                    break;
                case InvalidOperationException when Unconvertible().Match(e.Message) is { Success: true } match:
                    lines.Add($"{match.Groups["path"].Value}: el valor no es válido (se espera {Expected(match.Groups["type"].Value)}).");
                    break;
                default:
                    return null;
            }
        }
        return lines;
    }

    /// <summary>Prints the problems and gives the exit code, or null when <paramref name="exception"/> is not about settings.</summary>
    public static int? Report(Exception exception, TextWriter error)
    {
        if (Describe(exception) is not { } lines)
        {
            return null;
        }
        error.WriteLine("La configuración no es válida; corríjala y vuelva a iniciar:");
        foreach (var line in lines)
        {
            error.WriteLine($"  - {line}");
        }
        return ExitCode;
    }

    // "DataAnnotation validation failed for 'StoreOptions' members: 'Provider' with the error: 'Store:Provider must be…'."
    // says the same thing three times: keep the message, which names the setting.
    private static string Simplify(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["error"].Value : failure;

    private static string Expected(string type) => type switch
    {
        "System.TimeSpan" => "una duración como 00:05:00",
        "System.Int32" or "System.Int64" => "un número entero",
        "System.Double" or "System.Decimal" => "un número",
        "System.Boolean" => "true o false",
        "System.Uri" => "una dirección URL",
        _ => type[(type.LastIndexOf('.') + 1)..],
    };

    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*?' )?at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex Unconvertible();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
