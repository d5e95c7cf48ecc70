using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Unseen;

internal static partial class UnseenDocuments
{
    private static readonly IReadOnlyList<DemoDocument> Planeacion =
    [
        Doc("PETER01-C001", "Caracterización Planeación Territorial", "3", "Vigente", "2023-02-15", "docx",
            "1. OBJETIVO DEL PROCESO: orientar el desarrollo del municipio mediante la formulación, seguimiento y evaluación del Plan de Desarrollo Municipal y el Esquema de Ordenamiento Territorial.",
            "2. ALCANCE: desde el diagnóstico territorial hasta la evaluación de las metas del plan.",
            "3. RESPONSABLE: Secretaría de Planeación y Obras."),
        Doc("PETER01-P001", "Procedimiento Seguimiento al Plan de Desarrollo Municipal", "4", "Vigente", "2024-01-25", "docx",
            "OBJETIVO: medir el avance de las metas del Plan de Desarrollo Municipal.",
            "Actividad 1. Cada secretaría reporta trimestralmente el avance de sus metas en la matriz de seguimiento, dentro de los diez (10) primeros días del mes siguiente al corte.",
            "Actividad 2. La Secretaría de Planeación consolida el informe y lo presenta al Consejo de Gobierno.",
            "Actividad 3. El informe anual de gestión se presenta al Concejo Municipal a más tardar el 31 de marzo."),
        Doc("PETER01-P002", "Procedimiento Formulación de Proyectos de Inversión", "2", "Vigente", "2023-09-12", "docx",
            "OBJETIVO: formular y registrar los proyectos de inversión pública en el Banco de Programas y Proyectos.",
            "Actividad 1. La dependencia formula el proyecto en la Metodología General Ajustada (MGA).",
            "Actividad 2. La Secretaría de Planeación emite concepto de viabilidad en un término de quince (15) días hábiles.",
            "Actividad 3. El proyecto viable se registra en el Banco de Programas y Proyectos y se le asigna un código BPIN."),
        Doc("PETER01-F001", "Formato Matriz de Seguimiento a Metas", "2", "Vigente", "2024-01-25", "xlsx",
            "Meta | Indicador | Línea base | Avance del trimestre | Evidencia",
            "Número de la meta | Fórmula | Valor | % | Enlace"),
        Doc("PETER01-G001", "Guía para la Formulación de Indicadores de Gestión", "1", "Vigente", "2023-06-30", "pdf",
            "Un indicador tiene nombre, fórmula, unidad de medida, frecuencia de medición, meta y responsable.",
            "Los indicadores de eficacia miden el cumplimiento de lo planeado; los de eficiencia, el uso de los recursos; los de efectividad, el impacto.",
            "La frecuencia de medición mínima es semestral.",
            "Evite indicadores que no dependan de la gestión de la dependencia."),
    ];

    private static readonly IReadOnlyList<DemoDocument> Comunicaciones =
    [
        Doc("COMPR02-C001", "Caracterización Comunicación Pública", "1", "Vigente", "2023-04-03", "docx",
            "1. OBJETIVO DEL PROCESO: informar a la ciudadanía y a los servidores sobre la gestión de la administración municipal por medios internos y externos.",
            "2. RESPONSABLE: Despacho del Alcalde - Oficina de Prensa."),
        Doc("COMPR02-P001", "Procedimiento Publicación de Contenidos en la Página Web y Redes Sociales", "3", "Vigente", "2024-02-08", "docx",
            "OBJETIVO: publicar información institucional veraz y oportuna en los canales digitales.",
            "Actividad 1. La dependencia envía la solicitud de publicación a la Oficina de Prensa por correo con el texto y las imágenes, con al menos dos (2) días hábiles de anticipación.",
            "Actividad 2. La Oficina de Prensa revisa el contenido, ajusta la redacción y lo publica.",
            "Actividad 3. La información de transparencia exigida por la Ley 1712 de 2014 se publica en la sección «Transparencia y acceso a la información pública»."),
        Doc("COMPR02-M001", "Manual de Imagen Institucional", "2", "Vigente", "2023-04-03", "pdf",
            "El logotipo de la Alcaldía de San Isidro del Valle se usa sobre fondo blanco, con un área de protección igual a la altura de la letra S.",
            "Colores institucionales: verde (Pantone 356) y amarillo (Pantone 116).",
            "La tipografía institucional es Montserrat para títulos y Open Sans para textos.",
            "Las piezas gráficas deben llevar el logo de la Alcaldía en la esquina inferior derecha."),
        Doc("COMPR02-F001", "Formato Solicitud de Publicación", "1", "Vigente", "2024-02-08", "xlsx",
            "Campo | Diligenciar",
            "Dependencia | Nombre",
            "Canal | Página web / Facebook / Instagram / Cartelera",
            "Texto a publicar | Texto",
            "Fecha deseada de publicación | dd/mm/aaaa"),
    ];
}
