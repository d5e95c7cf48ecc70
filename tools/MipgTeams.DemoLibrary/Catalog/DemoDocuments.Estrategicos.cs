namespace MipgTeams.DemoLibrary.Catalog;

internal static partial class DemoDocuments
{
    private static readonly IReadOnlyList<DemoDocument> Planeacion =
    [
        Doc("DESPL01-C001", "Caracterización del Proceso de Planeación Institucional", "2.0", "Vigente", "2023-08-22", "docx",
            "Líder: Secretaría de Planeación Distrital. Política MIPG: Planeación Institucional.",
            "Productos: caracterización de usuarios y grupos de valor, análisis del entorno y de capacidades internas, plataforma estratégica alineada al Plan de Desarrollo Distrital."),
        Doc("DESPL01-P001", "Procedimiento Formulación y Seguimiento del Plan de Acción Institucional", "3.0", "Vigente", "2024-01-25", "docx",
            "Paso 1. Cada dependencia formula su plan de acción antes del 31 de enero, alineado al Plan de Desarrollo Distrital 2024-2027.",
            "Paso 2. El seguimiento es trimestral; los reportes se cargan dentro de los diez (10) días hábiles siguientes al cierre de cada trimestre.",
            "Paso 3. Los resultados se publican en el tablero de Power BI integrado con el micrositio MIPG.",
            "El reporte anual del FURAG (Formulario Único de Registro de Avance a la Gestión) mide el Índice de Desempeño Institucional."),
        Doc("DESPL01-F001", "Formato Hoja de Vida de Indicadores de Gestión", "1.0", "Vigente", "2023-09-30", "xlsx",
            "Campo | Descripción",
            "Nombre del indicador | Qué mide",
            "Fórmula | Numerador y denominador",
            "Periodicidad | Mensual, trimestral o semestral",
            "Meta | Valor esperado",
            "Responsable | Dependencia que reporta"),
    ];

    private static readonly IReadOnlyList<DemoDocument> Riesgos =
    [
        Doc("DESPL02-G001", "Guía de Administración del Riesgo", "3.0", "Vigente", "2023-12-15", "pdf",
            "La Secretaría de Planeación lidera la Política de Administración de Riesgos, conforme a la Guía de Administración de Riesgos de Función Pública.",
            "Cada proceso identifica sus riesgos de gestión, de corrupción y de seguridad digital, los valora por probabilidad e impacto y define controles.",
            "El mapa de riesgos se monitorea cuatrimestralmente por la primera línea de defensa y lo evalúa la Oficina de Control Interno."),
        Doc("DESPL02-F001", "Formato Mapa de Riesgos por Proceso", "2.0", "Vigente", "2023-12-15", "xlsx",
            "Proceso | Riesgo | Causa | Probabilidad | Impacto | Control | Responsable",
            "Gestión de PQRSD | Respuesta fuera de términos | Alto volumen de radicados | Probable | Mayor | Seguimiento quincenal | Atención al Ciudadano"),
    ];

    private static readonly IReadOnlyList<DemoDocument> Participacion =
    [
        Doc("MPARC01-P001", "Procedimiento Estrategia de Participación Ciudadana y Rendición de Cuentas", "2.0", "Vigente", "2024-02-01", "docx",
            "Objetivo: asegurar la incidencia de la ciudadanía en la gestión pública.",
            "Paso 1. Formular la estrategia anual con las dependencias; en 2024 participaron 12 dependencias y se programaron más de 80 acciones publicadas en el botón Participa.",
            "Paso 2. Convocar a la ciudadanía con al menos ocho (8) días calendario de anticipación a cada espacio de diálogo.",
            "Paso 3. Publicar las memorias de cada espacio dentro de los quince (15) días hábiles siguientes.",
            "En la construcción del Plan de Desarrollo 2024-2027 se instalaron 60 mesas con más de 4.200 ciudadanos y más de 2.000 propuestas."),
        Doc("MPARC01-F001", "Formato Instrumento Diagnóstico de Participación Ciudadana", "1.0", "Vigente", "2024-03-05", "xlsx",
            "Pregunta | Respuesta",
            "¿La dependencia cuenta con un enlace de participación designado? | Sí / No",
            "¿Cuántos espacios de participación realizó en el último semestre? | Número",
            "¿Qué canales utiliza para convocar a la ciudadanía? | Texto"),
    ];

    private static readonly IReadOnlyList<DemoDocument> ControlInterno =
    [
        Doc("EVALC01-P001", "Procedimiento Auditoría Interna de Gestión", "3.0", "Vigente", "2023-10-18", "docx",
            "Paso 1. El Comité Institucional de Coordinación de Control Interno aprueba el Plan Anual de Auditorías.",
            "Paso 2. La Oficina de Control Interno comunica el inicio de la auditoría con cinco (5) días hábiles de anticipación.",
            "Paso 3. El informe preliminar se entrega al auditado, quien tiene cinco (5) días hábiles para controvertirlo.",
            "Paso 4. El líder del proceso formula el plan de mejoramiento dentro de los quince (15) días hábiles siguientes al informe final."),
        Doc("EVALC01-F001", "Formato Plan de Mejoramiento por Procesos", "2.0", "Vigente", "2023-10-18", "xlsx",
            "Hallazgo | Causa | Acción de mejora | Responsable | Fecha de inicio | Fecha de terminación | Indicador",
            "Documentos sin revisar en dos años | Falta de seguimiento | Revisión de documentos vencidos | Líder del proceso | 2024-01-01 | 2024-06-30 | % documentos revisados"),
    ];
}
