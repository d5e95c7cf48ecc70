using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Unseen;

/// <summary>
/// The evaluation library of a fictional municipality, the Alcaldía de San Isidro del Valle: other process names,
/// other code prefixes and another way of writing than the demo, so the answers are measured on a library the engine
/// was not tuned on. Codes keep the shape the parser reads (letters, two digits, dash, type letter, three digits).
/// </summary>
internal static class UnseenProcesses
{
    public static readonly IReadOnlyList<DemoMacroprocess> Macroprocesses =
    [
        new("EST", "Procesos Estratégicos", "Estratégico"),
        new("MIS", "Procesos Misionales", "Misional"),
        new("APO", "Procesos de Apoyo", "Apoyo"),
        new("EYM", "Evaluación y Mejora", "Evaluación"),
    ];

    public static readonly IReadOnlyList<DemoProcess> Processes =
    [
        new("PETER01", "Planeación Territorial", "EST", "Secretaría de Planeación y Obras", Person("Hernando Ruiz Salcedo", "hruiz", 1, "Secretaría de Planeación y Obras")),
        new("COMPR02", "Comunicación Pública", "EST", "Despacho del Alcalde", Person("Diana Marcela Ospina", "dospina", 2, "Despacho del Alcalde")),
        new("VENUN01", "Ventanilla Única y Servicio al Ciudadano", "MIS", "Secretaría de Gobierno", Person("Álvaro Quintero Lasso", "aquintero", 3, "Secretaría de Gobierno")),
        new("INFRA02", "Infraestructura y Espacio Público", "MIS", "Secretaría de Planeación y Obras", Person("Hernando Ruiz Salcedo", "hruiz", 1, "Secretaría de Planeación y Obras")),
        new("ADMTH01", "Administración del Personal", "APO", "Secretaría Administrativa", Person("Gloria Inés Bermúdez", "gbermudez", 4, "Secretaría Administrativa")),
        new("HACTE02", "Hacienda y Tesorería", "APO", "Secretaría de Hacienda Municipal", Person("Fabio Andrés Cárdenas", "fcardenas", 5, "Secretaría de Hacienda Municipal")),
        new("ADQUI03", "Adquisición de Bienes y Servicios", "APO", "Oficina de Contratos", Person("Liliana Patiño Rendón", "lpatino", 6, "Oficina de Contratos")),
        new("ARCHI04", "Archivo y Correspondencia", "APO", "Secretaría Administrativa", Person("Gloria Inés Bermúdez", "gbermudez", 4, "Secretaría Administrativa")),
        new("SISTE05", "Sistemas e Informática", "APO", "Oficina TIC", Person("Juan Sebastián Mora", "jmora", 7, "Oficina TIC")),
        new("CONIN01", "Control Interno de Gestión", "EYM", "Oficina de Control Interno", Person("Beatriz Elena Londoño", "blondono", 8, "Oficina de Control Interno")),
    ];

    public static readonly IReadOnlyList<(DemoPerson Person, bool Coordinator)> QualityTeam =
    [
        (Person("Natalia Gómez Arango", "ngomez", 20, "Oficina de Planeación - Calidad"), true),
        (Person("Camilo Restrepo Vélez", "crestrepo", 21, "Oficina de Planeación - Calidad"), false),
    ];

    private static DemoPerson Person(string name, string user, int number, string office) =>
        new(name, $"{user}@sanisidrodelvalle.gov.co", $"7a1e0b20-0000-4000-8000-{number:000000000000}", office);
}
