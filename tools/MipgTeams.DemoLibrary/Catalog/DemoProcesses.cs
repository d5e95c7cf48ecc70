namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>The part of the MOP map the demo library covers: macroprocesses of the four types and their processes.</summary>
internal static class DemoProcesses
{
    public static readonly IReadOnlyList<DemoMacroprocess> Macroprocesses =
    [
        new("DEST", "Direccionamiento Estratégico", "Estratégico"),
        new("GFOR", "Fortalecimiento Institucional", "Estratégico"),
        new("MSCI", "Servicio a la Ciudadanía", "Misional"),
        new("MPAR", "Participación y Desarrollo Social", "Misional"),
        new("GLEG", "Gestión Jurídica", "Apoyo"),
        new("GFIN", "Gestión Financiera", "Apoyo"),
        new("GBYS", "Gestión de Bienes y Servicios", "Apoyo"),
        new("GTHU", "Gestión del Talento Humano", "Apoyo"),
        new("GINF", "Gestión de la Información", "Apoyo"),
        new("EVAL", "Evaluación y Control", "Evaluación"),
    ];

    public static readonly IReadOnlyList<DemoProcess> Processes =
    [
        new("DESPL01", "Planeación Institucional", "DEST", "Secretaría de Planeación Distrital", DemoPeople.Planeacion),
        new("DESPL02", "Administración del Riesgo", "DEST", "Secretaría de Planeación Distrital", DemoPeople.Planeacion),
        new("GFORC01", "Gestión de Calidad", "GFOR", "Secretaría General", DemoPeople.SecretariaGeneral),
        new("MSCIU01", "Atención al Ciudadano y PQRSD", "MSCI", "Atención y Servicios al Ciudadano", DemoPeople.AtencionCiudadano),
        new("MPARC01", "Participación Ciudadana y Rendición de Cuentas", "MPAR", "Secretaría de Participación y Desarrollo Social", DemoPeople.Participacion),
        new("GLEGN01", "Defensa Jurídica", "GLEG", "Oficina Asesora Jurídica", DemoPeople.Juridica),
        new("GLEGN02", "Mejora Normativa", "GLEG", "Oficina Asesora Jurídica", DemoPeople.Juridica),
        new("GFINP01", "Gestión Presupuestal", "GFIN", "Secretaría de Hacienda", DemoPeople.Hacienda),
        new("GBYSC01", "Contratación Pública", "GBYS", "Unidad Asesora de Contratación", DemoPeople.Contratacion),
        new("GBYSL02", "Apoyo Logístico", "GBYS", "Dirección de Apoyo Logístico", DemoPeople.ApoyoLogistico),
        new("GTHUM01", "Gestión del Talento Humano", "GTHU", "Dirección Administrativa de Talento Humano", DemoPeople.TalentoHumano),
        new("GINFD01", "Gestión Documental", "GINF", "Archivo General", DemoPeople.Archivo),
        new("GINFT02", "Gobierno y Seguridad Digital", "GINF", "Oficina Asesora de Informática", DemoPeople.Informatica),
        new("EVALC01", "Evaluación Independiente y Control Interno", "EVAL", "Oficina Asesora de Control Interno", DemoPeople.ControlInterno),
        new("GTHUM02", "Bienestar e Incentivos", "GTHU", "Dirección Administrativa de Talento Humano", DemoPeople.TalentoHumano, ParentCode: "GTHUM01"),
    ];
}
