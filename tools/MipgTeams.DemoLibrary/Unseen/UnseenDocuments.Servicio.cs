using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Unseen;

internal static partial class UnseenDocuments
{
    private static readonly IReadOnlyList<DemoDocument> Ventanilla =
    [
        Doc("VENUN01-C001", "Caracterización Ventanilla Única y Servicio al Ciudadano", "2", "Vigente", "2023-09-01", "docx",
            "1. OBJETIVO DEL PROCESO: recibir, orientar y dar respuesta oportuna a las solicitudes de la ciudadanía por todos los canales de atención.",
            "2. ALCANCE: desde la recepción de la solicitud ciudadana hasta la respuesta de fondo y la medición de la satisfacción.",
            "3. RESPONSABLE: Secretaría de Gobierno - Ventanilla Única."),
        Doc("VENUN01-P001", "Procedimiento Atención de Solicitudes Ciudadanas (PQRSDF)", "6", "Vigente", "2024-02-20", "docx",
            "OBJETIVO: dar trámite a las peticiones, quejas, reclamos, sugerencias, denuncias y felicitaciones que presente la ciudadanía.",
            "Actividad 1. La Ventanilla Única radica la solicitud en el sistema de gestión documental y la asigna a la dependencia competente el mismo día.",
            "Actividad 2. Las peticiones de interés general o particular se responden dentro de los quince (15) días hábiles siguientes a su recepción.",
            "Actividad 3. Las solicitudes de documentos e información se responden en diez (10) días hábiles y las consultas en treinta (30) días hábiles.",
            "Actividad 4. Cuando no sea posible responder en el término, se informa al ciudadano antes de su vencimiento, indicando el plazo razonable, que no podrá exceder el doble del inicialmente previsto.",
            "Base normativa: Ley 1755 de 2015."),
        Doc("VENUN01-P002", "Procedimiento Expedición de Certificados de Residencia", "2", "Vigente", "2023-11-02", "docx",
            "OBJETIVO: expedir el certificado de residencia a los habitantes del municipio que lo soliciten.",
            "Actividad 1. El ciudadano presenta la solicitud con copia de la cédula y un recibo de servicio público o certificado de la Junta de Acción Comunal.",
            "Actividad 2. La Secretaría de Gobierno verifica la información y expide el certificado en un término de tres (3) días hábiles.",
            "Actividad 3. El certificado de residencia no tiene costo y tiene una validez de seis (6) meses."),
        Doc("VENUN01-G001", "Guía de Lenguaje Claro para la Atención al Ciudadano", "1", "Vigente", "2023-04-14", "pdf",
            "Escriba frases cortas, de no más de treinta (30) palabras, y use la voz activa.",
            "Evite los tecnicismos y las siglas sin explicar; si las usa, escriba primero el nombre completo.",
            "Dirija la respuesta al ciudadano por su nombre y responda primero lo que preguntó.",
            "Revise la respuesta con la lista de chequeo de lenguaje claro antes de firmarla."),
        Doc("VENUN01-F001", "Formato Encuesta de Satisfacción del Ciudadano", "3", "Vigente", "2024-02-20", "xlsx",
            "Pregunta | Calificación de 1 a 5",
            "¿Le atendieron con amabilidad? | 1 2 3 4 5",
            "¿El tiempo de espera fue adecuado? | 1 2 3 4 5",
            "¿Recibió una respuesta clara? | 1 2 3 4 5",
            "Observaciones | Texto libre"),
    ];

    private static readonly IReadOnlyList<DemoDocument> Infraestructura =
    [
        Doc("INFRA02-C001", "Caracterización Infraestructura y Espacio Público", "1", "Vigente", "2023-03-10", "docx",
            "1. OBJETIVO DEL PROCESO: construir, mantener y controlar la infraestructura vial, los equipamientos y el espacio público del municipio.",
            "2. RESPONSABLE: Secretaría de Planeación y Obras."),
        Doc("INFRA02-P001", "Procedimiento Expedición de Licencias de Construcción", "3", "Vigente", "2024-01-30", "docx",
            "OBJETIVO: estudiar y expedir las licencias urbanísticas de construcción en sus distintas modalidades.",
            "Actividad 1. El solicitante radica el formulario único nacional con los planos arquitectónicos y estructurales firmados.",
            "Actividad 2. La Secretaría revisa el proyecto y resuelve la solicitud en un plazo máximo de cuarenta y cinco (45) días hábiles desde la radicación en legal y debida forma.",
            "Actividad 3. La licencia de construcción tiene una vigencia de veinticuatro (24) meses, prorrogable por doce (12) meses más.",
            "Actividad 4. Se publica un aviso de la solicitud para que los vecinos colindantes puedan hacerse parte."),
        Doc("INFRA02-P002", "Procedimiento Permiso de Ocupación Temporal del Espacio Público", "2", "Vigente", "2023-08-22", "docx",
            "OBJETIVO: autorizar la ocupación temporal del espacio público para eventos, ferias y obras.",
            "Actividad 1. El interesado presenta la solicitud con una antelación mínima de ocho (8) días hábiles al evento.",
            "Actividad 2. El permiso se otorga por un máximo de treinta (30) días calendario y no es prorrogable.",
            "Actividad 3. El titular del permiso debe dejar el espacio limpio y en las mismas condiciones en que lo recibió."),
        Doc("INFRA02-F001", "Formato Bitácora de Obra", "2", "Vigente", "2023-03-10", "xlsx",
            "Fecha | Actividad ejecutada | Personal en obra | Observaciones del interventor",
            "dd/mm/aaaa | Descripción | Número | Texto"),
        Doc("INFRA02-I001", "Instructivo de Mantenimiento de Vías Terciarias", "1", "Vigente", "2023-05-19", "docx",
            "1. El mantenimiento rutinario de las vías terciarias se programa dos (2) veces al año, antes de cada temporada de lluvias.",
            "2. Incluye limpieza de cunetas, rocería y reparación de baches con material de afirmado.",
            "3. Las juntas de acción comunal pueden reportar daños en la vía a la Secretaría de Planeación y Obras."),
    ];
}
