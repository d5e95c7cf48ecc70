using Microsoft.Extensions.Options;

namespace MipgTeams.Hosting.Tests;

/// <summary>A wrong setting stops a host with exit code 3 and a Spanish message naming the setting, never a stack trace.</summary>
public sealed class HostStartupTests
{
    [Fact]
    public async Task A_failed_validation_is_reported_by_setting_with_exit_code_3()
    {
        using var error = new StringWriter();

        var exitCode = await HostStartup.RunAsync(error, () => throw new OptionsValidationException("Sync", typeof(object),
            ["DataAnnotation validation failed for 'SyncOptions' members: 'Interval' with the error: 'Sync:Interval debe estar entre 00:00:05 y 1.00:00:00.'."]));

        Assert.Equal(3, exitCode);
        Assert.Equal(
            "La configuración no es válida; corríjala y vuelva a iniciar:\n  - Sync:Interval debe estar entre 00:00:05 y 1.00:00:00.\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_value_the_binder_cannot_convert_names_the_setting_and_what_is_expected()
    {
        using var error = new StringWriter();

        var exitCode = await HostStartup.RunAsync(error, () => throw new AggregateException(
            new InvalidOperationException("Failed to convert configuration value 'cinco' at 'Sync:Interval' to type 'System.TimeSpan'.")));

        Assert.Equal(3, exitCode);
        Assert.Contains("  - Sync:Interval: el valor no es válido (se espera una duración como 00:05:00).", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_failure_surfaces_as_is()
    {
        using var error = new StringWriter();

        await Assert.ThrowsAsync<IOException>(() => HostStartup.RunAsync(error, () => throw new IOException("disk full")));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task A_normal_run_gives_its_own_exit_code()
    {
        using var error = new StringWriter();

        Assert.Equal(0, await HostStartup.RunAsync(error, () => Task.FromResult(0)));
    }
}
