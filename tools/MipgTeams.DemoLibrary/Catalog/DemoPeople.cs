namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>
/// Leaders and quality team of the demo. Office holders named in the cartilla (seed) lead their offices' processes;
/// e-mails and Entra object ids are invented and fixed so the demo is reproducible.
/// </summary>
internal static class DemoPeople
{
    public static readonly DemoPerson SecretariaGeneral = new("María Patricia Porras Mendoza", "maria.porras@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000001", "Secretaría General");
    public static readonly DemoPerson TalentoHumano = new("Yira Morales Castro", "yira.morales@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000002", "Dirección Administrativa de Talento Humano");
    public static readonly DemoPerson ApoyoLogistico = new("Merys Castro Pereira", "merys.castro@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000003", "Dirección de Apoyo Logístico");
    public static readonly DemoPerson Archivo = new("José Carlos Puello", "jose.puello@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000004", "Archivo General");
    public static readonly DemoPerson Informatica = new("Ernesto José Robles Gómez", "ernesto.robles@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000005", "Oficina Asesora de Informática");
    public static readonly DemoPerson AtencionCiudadano = new("Cesar Augusto Fuentes Díaz", "cesar.fuentes@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000006", "Atención y Servicios al Ciudadano");
    public static readonly DemoPerson Juridica = new("Andrea Carolina Ríos Vega", "andrea.rios@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000007", "Oficina Asesora Jurídica");
    public static readonly DemoPerson Hacienda = new("Luis Fernando Mendoza Pérez", "luis.mendoza@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000008", "Secretaría de Hacienda");
    public static readonly DemoPerson Planeacion = new("Carmen Elena Julio Barrios", "carmen.julio@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000009", "Secretaría de Planeación Distrital");
    public static readonly DemoPerson Contratacion = new("Jorge Iván Marrugo Díaz", "jorge.marrugo@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000010", "Unidad Asesora de Contratación");
    public static readonly DemoPerson Participacion = new("Rosa Elvira Herrera Cassiani", "rosa.herrera@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000011", "Secretaría de Participación y Desarrollo Social");
    public static readonly DemoPerson ControlInterno = new("Patricia Helena Zúñiga Ortega", "patricia.zuniga@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000012", "Oficina Asesora de Control Interno");

    public static readonly DemoPerson CoordinadoraCalidad = new("Lina Pérez Solano", "lina.perez@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000020", "Secretaría General - Proceso de Calidad");

    public static readonly IReadOnlyList<(DemoPerson Person, bool Coordinator)> QualityTeam =
    [
        (CoordinadoraCalidad, true),
        (new("Elfa Luz Mejía Mercado", "elfa.mejia@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000021", "Secretaría General - Proceso de Calidad"), false),
        (new("Heiber Darío Oyola Jiménez", "heiber.oyola@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000022", "Secretaría General - Proceso de Calidad"), false),
        (new("Camilo Andrés Sierra Pacheco", "camilo.sierra@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000023", "Secretaría General - Proceso de Calidad"), false),
        (new("Dayana Andrea Cantillo Fernández", "dayana.cantillo@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000024", "Secretaría General - Proceso de Calidad"), false),
    ];
}
