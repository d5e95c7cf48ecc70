using MipgTeams.Domain.Time;

namespace MipgTeams.Indicators;

/// <summary>Quarters as the Alcaldía counts them: calendar quarters of Bogotá dates, as UTC instants the store compares.</summary>
public static class QuarterBounds
{
    public static DateOnly FirstDay(int year, int quarter) => new(year, ((quarter - 1) * 3) + 1, 1);

    /// <summary>The first instant of the quarter (Bogotá midnight, in UTC).</summary>
    public static DateTimeOffset Start(int year, int quarter) => BogotaTime.StartOf(FirstDay(year, quarter));

    /// <summary>The first instant after the quarter.</summary>
    public static DateTimeOffset End(int year, int quarter) =>
        quarter == 4 ? BogotaTime.StartOf(new DateOnly(year + 1, 1, 1)) : Start(year, quarter + 1);

    /// <summary>The quarter (1 to 4) of a Bogotá date.</summary>
    public static int Of(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>The quarter (1 to 4) an instant falls in, in Bogotá.</summary>
    public static int Of(DateTimeOffset instant) => Of(BogotaTime.DateOf(instant));

    public static string Label(int year, int quarter) => $"{year}-T{quarter}";
}
