namespace MipgTeams.Search.Answers;

/// <summary>Definitions from the cartilla's glossary and chapters, by the folded names staff use for them.</summary>
internal static class Glossary
{
    public static readonly IReadOnlyList<(string[] Names, string Term, string Definition)> Entries =
    [
        (["mipg", "modelo integrado de planeacion y gestion", "modelo integral de planeacion y gestion"], "MIPG – Modelo Integrado de Planeación y Gestión",
            "Marco de referencia para dirigir, planear, ejecutar, hacer seguimiento, evaluar y controlar la gestión de las entidades públicas, con el fin de generar resultados que atiendan los planes de desarrollo y resuelvan las necesidades de los ciudadanos, con integridad y calidad en el servicio (Decreto 1499 de 2017). Se aplica a través de 7 dimensiones y 19 políticas de gestión y desempeño; en la Alcaldía se adoptó con el Decreto 1409 de 2018."),
        (["furag", "formulario unico de registro de avance a la gestion"], "FURAG – Formulario Único de Registro de Avance a la Gestión",
            "Herramienta en línea de reporte de avances de la gestión, insumo para el monitoreo, evaluación y control del desempeño institucional. Con ella Función Pública mide año vencido el Índice de Desempeño Institucional (IDI)."),
        (["mop", "modelo de operacion por procesos", "modelo de operacion por proceso", "mapa de procesos"], "MOP – Modelo de Operación por Procesos",
            "Estándar organizacional que soporta la operación de la entidad por procesos. En la Alcaldía de Cartagena comprende 16 macroprocesos clasificados en 4 tipos (estratégicos, misionales, de apoyo y de evaluación), 72 procesos y 223 subprocesos."),
        (["meci", "modelo estandar de control interno"], "MECI – Modelo Estándar de Control Interno",
            "Determina las generalidades y la estructura necesaria para establecer, documentar, implementar y mantener un Sistema de Control Interno (Ley 87 de 1993)."),
        (["comite institucional de gestion y desempeno", "comite de gestion y desempeno", "comite institucional"], "Comité Institucional de Gestión y Desempeño",
            "Orienta la integración y operación del MIPG y sustituye los demás comités relacionados con el modelo que no sean obligatorios por ley (Decreto 1409 de 2018). Los cambios a la documentación de los procesos se le reportan antes de publicarse."),
        (["indice de desempeno institucional", "idi"], "Índice de Desempeño Institucional (IDI)",
            "Mide la capacidad de las entidades públicas de orientar sus procesos de gestión hacia una mejor producción de bienes y prestación de servicios; se evalúa con el FURAG."),
        (["buenas practicas", "buena practica"], "Buenas prácticas",
            "Actuaciones concretas, prácticas o soluciones que, por su utilidad y sencillez, aumentan las posibilidades de éxito de la gestión y sirven de ejemplo a otras entidades (Función Pública, 2021). Se documentan con la estrategia CAR: Contextualizar, Analizar y Recolectar."),
        (["solcado", "solcado app", "solcado-app"], "Solcado-App",
            "Herramienta en SharePoint que el equipo de calidad desarrolló en 2020 para solicitar la creación, modificación, eliminación, actualización y validación de la documentación de los procesos. Lo aprobado por el equipo de calidad se publica en la página web."),
        (["proceso de calidad", "calidad"], "Proceso de Calidad",
            "Opera desde la Secretaría General desde 2008 y establece los lineamientos para implementar las políticas de gestión del MIPG, para la optimización y mejora continua de todos los procesos, con seguimiento trimestral de la gestión por procesos."),
        (["dimensiones", "dimension"], "Dimensiones del MIPG",
            "El MIPG se organiza en 7 dimensiones: Talento Humano; Direccionamiento Estratégico y Planeación; Gestión con Valores para Resultados; Evaluación de Resultados; Información y Comunicación; Gestión del Conocimiento y la Innovación; y Control Interno."),
        (["politicas de gestion y desempeno", "politicas mipg", "politicas"], "Políticas de Gestión y Desempeño Institucional",
            "Las 19 políticas con que se implementa el MIPG, cada una con una dependencia líder. Escribe \"¿quién lidera la política de …?\" para ver la de una política."),
    ];
}
