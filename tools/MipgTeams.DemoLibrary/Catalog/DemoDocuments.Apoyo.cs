namespace MipgTeams.DemoLibrary.Catalog;

internal static partial class DemoDocuments
{
    private static readonly IReadOnlyList<DemoDocument> Presupuesto =
    [
        Doc("GFINP01-C001", "Caracterización del Proceso de Gestión Presupuestal", "2.0", "Vigente", "2023-07-14", "docx",
            "Objetivo: asegurar una óptima planeación y preparación del presupuesto distrital y la asignación eficiente de recursos entre las dependencias de la Alcaldía.",
            "Líder: Secretaría de Hacienda con el apoyo de la Secretaría de Planeación. Política MIPG: Gestión Presupuestal y Eficiencia del Gasto Público."),
        Doc("GFINP01-P001", "Procedimiento Expedición del Certificado de Disponibilidad Presupuestal (CDP)", "4.0", "Vigente", "2024-01-30", "docx",
            "Objetivo: certificar la existencia de apropiación presupuestal disponible y libre de afectación para asumir un compromiso.",
            "Paso 1. La dependencia solicita el CDP en el sistema financiero indicando rubro, valor y objeto del gasto.",
            "Paso 2. La Dirección de Presupuesto verifica el saldo del rubro y expide el CDP en un plazo máximo de dos (2) días hábiles.",
            "Paso 3. El CDP tiene vigencia hasta el 31 de diciembre del año en que se expide; si no se usa, la dependencia solicita su liberación.",
            "Ningún compromiso puede adquirirse sin CDP previo."),
        Doc("GFINP01-P002", "Procedimiento Registro Presupuestal del Compromiso (RP)", "3.0", "Vigente", "2024-01-30", "docx",
            "Objetivo: perfeccionar los compromisos afectando en forma definitiva la apropiación presupuestal.",
            "Paso 1. Una vez suscrito el contrato, la dependencia remite la solicitud de registro presupuestal (RP) con el CDP que lo respalda.",
            "Paso 2. La Dirección de Presupuesto expide el RP en un plazo máximo de un (1) día hábil.",
            "El RP garantiza que los recursos no se desvíen a otro fin y es requisito de ejecución del contrato."),
        Doc("GFINP01-F001", "Formato Solicitud de CDP", "2.0", "Vigente", "2024-01-30", "xlsx",
            "Campo | Descripción",
            "Dependencia solicitante | Secretaría o dirección",
            "Rubro presupuestal | Código del rubro",
            "Valor | Valor en pesos",
            "Objeto | Objeto del gasto o del contrato",
            "Firma del ordenador del gasto | Nombre y firma"),
    ];

    private static readonly IReadOnlyList<DemoDocument> Contratacion =
    [
        Doc("GBYSC01-C001", "Caracterización del Proceso de Contratación Pública", "2.0", "Vigente", "2023-06-20", "docx",
            "Objetivo: adquirir bienes, obras y servicios con transparencia, eficiencia y planeación. Líder: Unidad Asesora de Contratación. Política MIPG: Compras y Contratación Pública."),
        Doc("GBYSC01-P001", "Procedimiento Elaboración y Publicación del Plan Anual de Adquisiciones (PAA)", "3.0", "Vigente", "2024-01-15", "docx",
            "Objetivo: planear las compras de la vigencia y publicarlas en SECOP II.",
            "Paso 1. Cada dependencia registra sus necesidades de bienes y servicios en el formato GBYSC01-F001 antes del 15 de diciembre.",
            "Paso 2. La Unidad Asesora de Contratación consolida el Plan Anual de Adquisiciones y lo publica en SECOP II y en la página web a más tardar el 31 de enero.",
            "Paso 3. El PAA se actualiza por lo menos una vez al año, en el mes de julio, y cada vez que se incluyan nuevas necesidades."),
        Doc("GBYSC01-P002", "Procedimiento Contratación de Mínima Cuantía", "2.0", "Vigente", "2023-12-01", "docx",
            "Paso 1. Publicar la invitación pública en SECOP II por un término no inferior a un (1) día hábil.",
            "Paso 2. Evaluar las ofertas y verificar requisitos del oferente con el menor precio.",
            "Paso 3. Comunicar la aceptación de la oferta; el contrato requiere CDP previo y registro presupuestal (RP)."),
        Doc("GBYSC01-F001", "Formato Plan Anual de Adquisiciones", "2.0", "Vigente", "2024-01-15", "xlsx",
            "Código UNSPSC | Descripción | Fecha estimada de inicio | Duración | Modalidad de selección | Valor estimado",
            "43211500 | Computadores | 2024-03-01 | 2 meses | Selección abreviada | 350000000",
            "80111600 | Servicios de personal temporal | 2024-02-01 | 10 meses | Contratación directa | 120000000"),
    ];

    private static readonly IReadOnlyList<DemoDocument> GestionDocumental =
    [
        Doc("GINFD01-C001", "Caracterización del Proceso de Gestión Documental", "2.0", "Vigente", "2023-05-05", "docx",
            "Objetivo: mejorar la eficiencia en la gestión documental y la administración de archivos, promoviendo la transparencia y el acceso a los archivos.",
            "Líder: Archivo General (Archivo Central). Política MIPG: Gestión Documental, dimensión Información y Comunicación."),
        Doc("GINFD01-P001", "Procedimiento Transferencias Documentales Primarias", "3.0", "Vigente", "2024-02-28", "docx",
            "Objetivo: trasladar los documentos de los archivos de gestión al Archivo Central según la Tabla de Retención Documental.",
            "Paso 1. La dependencia organiza los expedientes y diligencia el Formato Único de Inventario Documental (FUID), código GINFD01-F001.",
            "Paso 2. El Archivo Central programa la transferencia según el cronograma anual y revisa el inventario en un plazo de diez (10) días hábiles.",
            "Paso 3. Se firma el acta de transferencia y los expedientes quedan bajo custodia del Archivo Central."),
        Doc("GINFD01-F001", "Formato Único de Inventario Documental (FUID)", "2.0", "Vigente", "2023-05-05", "xlsx",
            "Número de orden | Código | Nombre de la serie o asunto | Fecha inicial | Fecha final | Tomo | Número de folios | Soporte | Observaciones",
            "1 | 100.2 | Actas del Comité Institucional de Gestión y Desempeño | 2023-01-15 | 2023-12-10 | 1 | 180 | Papel | ",
            "2 | 100.14 | Informes de PQRSD | 2023-01-31 | 2023-12-31 | 2 | 240 | Electrónico | "),
        Doc("GINFD01-G001", "Guía del Sistema Integrado de Conservación", "1.0", "Vigente", "2024-03-10", "pdf",
            "El Sistema Integrado de Conservación (SIC) reúne los planes de conservación documental y de preservación digital a largo plazo.",
            "Incluye el nuevo Sistema de Reprografía aprobado por el comité de archivo y la asistencia técnica a las dependencias en el diligenciamiento del FUID."),
    ];

    private static readonly IReadOnlyList<DemoDocument> GobiernoDigital =
    [
        Doc("GINFT02-C001", "Caracterización del Proceso de Gobierno y Seguridad Digital", "1.0", "Vigente", "2023-09-01", "docx",
            "Líder: Oficina Asesora de Informática. Políticas MIPG: Gobierno Digital y Seguridad Digital."),
        Doc("GINFT02-P001", "Procedimiento Levantamiento de Activos de Información", "1.0", "Vigente", "2024-04-08", "docx",
            "Objetivo: identificar y clasificar los activos de información de cada dependencia para gestionar sus riesgos de seguridad y privacidad.",
            "Paso 1. La Oficina Asesora de Informática programa dos encuentros por semana con las dependencias que lo solicitan.",
            "Paso 2. La dependencia diligencia el inventario de activos y su clasificación (pública, clasificada, reservada).",
            "Paso 3. Se valoran los riesgos de seguridad digital y se definen controles en el plan de tratamiento."),
        Doc("GINFT02-M001", "Manual de Políticas de Seguridad y Privacidad de la Información", "2.0", "Vigente", "2024-02-15", "pdf",
            "Las contraseñas deben tener mínimo doce (12) caracteres y cambiarse cada noventa (90) días.",
            "Los incidentes de seguridad se reportan a la mesa de servicio (EVA) de inmediato y en todo caso dentro de las veinticuatro (24) horas siguientes.",
            "Se prohíbe compartir credenciales y almacenar información clasificada en medios personales."),
    ];

    private static readonly IReadOnlyList<DemoDocument> TalentoHumano =
    [
        Doc("GTHUM01-C001", "Caracterización del Proceso de Gestión del Talento Humano", "2.0", "Vigente", "2023-04-12", "docx",
            "Líder: Dirección Administrativa de Talento Humano. Políticas MIPG: Talento Humano, Integridad y Gestión del Conocimiento e Innovación."),
        Doc("GTHUM01-P001", "Procedimiento Vinculación de Personal", "4.0", "Vigente", "2024-01-10", "docx",
            "Paso 1. Verificar requisitos del cargo según el manual de funciones.",
            "Paso 2. Expedir el acto de nombramiento y comunicarlo al interesado, quien tiene diez (10) días hábiles para aceptar.",
            "Paso 3. La posesión se realiza dentro de los diez (10) días hábiles siguientes a la aceptación, prorrogables hasta por noventa (90) días.",
            "Paso 4. Inducción al servidor en el primer mes."),
        Doc("GTHUM01-F002", "Formato Solicitud de Vacaciones", "2.0", "Vigente", "2023-11-20", "xlsx",
            "Campo | Descripción",
            "Nombre del servidor | Nombre completo",
            "Periodo causado | Año de servicio cumplido",
            "Fecha de inicio | Primer día hábil de disfrute",
            "Días hábiles | Quince (15) días hábiles por año de servicio",
            "Visto bueno del jefe inmediato | Firma. La solicitud se radica con quince (15) días de anticipación"),
        Doc("GTHUM01-G001", "Guía de Gestión del Conocimiento y Lecciones Aprendidas", "1.0", "Obsoleto", "2020-05-04", "pdf",
            "Versión anterior; reemplazada por la Guía para la Documentación de Buenas Prácticas GFORC01-G001."),
    ];
}
