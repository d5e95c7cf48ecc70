namespace MipgTeams.Search.Answers;

/// <summary>What kind of figure a question asks for: the passage that answers holds one.</summary>
[Flags]
internal enum FactKind
{
    None = 0,
    /// <summary>A deadline, a period, a date: "¿en cuánto tiempo?", "¿cuántos días?", "¿hasta cuándo?".</summary>
    Time = 1,
    /// <summary>A time of day: "¿a qué hora?", "horario".</summary>
    Hour = 2,
    /// <summary>An amount, a price, a percentage: "¿cuánto cuesta?", "monto máximo", "descuento".</summary>
    Money = 4,
    /// <summary>A rule by its number: "¿qué resolución?", "decreto", "ley".</summary>
    Norm = 8,
    /// <summary>A count or a number: "¿cuántos folios?", "extensión".</summary>
    Count = 16,
    /// <summary>Whom to turn to: "¿a quién llamo?", "¿dónde lo reporto?" — an extension, a phone, an e-mail.</summary>
    Contact = 32,
}
