namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>
/// Tabla 1 of the cartilla: the 7 dimensions, the 19 policies and the office that leads each one. Two corrections,
/// both from the cartilla itself: "Racionalización de Tratamiento" is "Racionalización de Trámites", and Participación
/// Ciudadana belongs to "Gestión con Valores para Resultados" (chapter 13 of the cartilla and MIPG's own structure).
/// </summary>
internal static class DemoPolicies
{
    private const string TalentoHumano = "Talento Humano";
    private const string Direccionamiento = "Direccionamiento Estratégico y Planeación";
    private const string GestionValores = "Gestión con Valores para Resultados";
    private const string Evaluacion = "Evaluación de Resultados";
    private const string Informacion = "Información y Comunicación";
    private const string Conocimiento = "Gestión del Conocimiento y la Innovación";
    private const string Control = "Control Interno";

    public static readonly IReadOnlyList<DemoPolicy> All =
    [
        new(1, "Política de Talento Humano", 1, TalentoHumano, "Dirección Administrativa de Talento Humano",
            "Gestionar el ciclo de vida del servidor público (ingreso, desarrollo y retiro) para fortalecer sus capacidades."),
        new(2, "Política de Integridad", 1, TalentoHumano, "Dirección Administrativa de Talento Humano",
            "Promover los valores del servicio público y el código de integridad en todos los servidores."),
        new(3, "Política de Planeación Institucional", 2, Direccionamiento, "Secretaría de Planeación Distrital",
            "Definir la ruta estratégica de la entidad, caracterizar a los grupos de valor y analizar el entorno y las capacidades internas."),
        new(4, "Política de Gestión Presupuestal y Eficiencia del Gasto Público", 2, Direccionamiento, "Secretaría de Hacienda con el apoyo de la Secretaría de Planeación",
            "Asegurar una óptima planeación y preparación del presupuesto distrital y la asignación eficiente de recursos entre las dependencias."),
        new(5, "Política de Compras y Contratación Pública", 2, Direccionamiento, "Unidad Asesora de Contratación",
            "Orientar las compras y la contratación pública con transparencia, eficiencia y planeación (Plan Anual de Adquisiciones)."),
        new(6, "Política de Fortalecimiento Organizacional y Simplificación de Procesos", 3, GestionValores, "Secretaría General",
            "Fortalecer las capacidades organizacionales alineando la estrategia con el modelo de operación por procesos, la estructura y la planta de personal."),
        new(7, "Política de Gobierno Digital", 3, GestionValores, "Oficina Asesora de Informática",
            "Usar las tecnologías de la información para un Estado más proactivo, innovador y cercano a la ciudadanía."),
        new(8, "Política de Seguridad Digital", 3, GestionValores, "Oficina Asesora de Informática",
            "Proteger la seguridad y privacidad de la información y los activos de información de la entidad."),
        new(9, "Política de Defensa Jurídica", 3, GestionValores, "Oficina Asesora Jurídica",
            "Reducir de manera sostenible las demandas contra la entidad y el monto de las condenas, y recuperar recursos por acción de repetición."),
        new(10, "Política de Mejora Normativa", 3, GestionValores, "Secretaría General",
            "Promover buenas prácticas regulatorias para que las normas sean eficaces, eficientes, transparentes, coherentes y simples."),
        new(11, "Política de Servicio al Ciudadano", 3, GestionValores, "Secretaría General",
            "Garantizar el acceso efectivo, oportuno y de calidad de los ciudadanos a sus derechos en todos sus vínculos con el Estado."),
        new(12, "Política de Racionalización de Trámites", 3, GestionValores, "Secretaría General",
            "Simplificar, estandarizar, eliminar, optimizar y automatizar los trámites y procedimientos administrativos."),
        new(13, "Política de Participación Ciudadana en la Gestión Pública", 3, GestionValores, "Secretaría de Participación y Desarrollo Social",
            "Asegurar la incidencia de la ciudadanía en el diagnóstico, la planeación, la ejecución y la evaluación de la gestión pública, incluida la rendición de cuentas."),
        new(14, "Política de Seguimiento y Evaluación del Desempeño Institucional", 4, Evaluacion, "Secretaría de Planeación",
            "Conocer de manera permanente los avances de la gestión y los resultados frente a las metas y planes."),
        new(15, "Política de Transparencia, Acceso a la Información Pública y Lucha contra la Corrupción", 5, Informacion, "Secretaría General articulada con la Secretaría de Planeación Distrital",
            "Garantizar el derecho de acceso a la información pública y prevenir la corrupción."),
        new(16, "Política de Gestión Documental", 5, Informacion, "Archivo Central",
            "Mejorar la eficiencia en la gestión documental y la administración de archivos, promoviendo la transparencia y el acceso a los archivos."),
        new(17, "Política de Gestión de la Información Estadística", 5, Informacion, "Secretaría de Planeación",
            "Producir y usar información estadística de calidad para la toma de decisiones."),
        new(18, "Política de Gestión del Conocimiento y la Innovación", 6, Conocimiento, "Dirección Administrativa de Talento Humano",
            "Preservar y difundir el conocimiento tácito y explícito de la entidad, documentando buenas prácticas y lecciones aprendidas."),
        new(19, "Política de Control Interno", 7, Control, "Todas las Dependencias",
            "Asegurar que las actividades, operaciones y actuaciones se realicen conforme a las normas, con controles y evaluación independiente."),
    ];

    public static readonly IReadOnlyList<DemoSetting> Settings =
    [
        new("PlazoLiderDiasHabiles", "5", "Días hábiles que tiene el líder del proceso para aprobar o rechazar una solicitud de cambio."),
        new("PlazoCalidadDiasHabiles", "3", "Días hábiles que tiene el equipo de calidad para validar una solicitud aprobada por el líder."),
        new("HoraRecordatorio", "08:00", "Hora (America/Bogota) del resumen diario de pendientes."),
        new("PeriodoRevisionMeses", "24", "Meses después de la última aprobación en que un documento debe revisarse."),
        new("CanalEquipoCalidad", "19:calidad-mipg@thread.tacv2", "Canal de Teams del equipo de calidad para el resumen semanal."),
        new("DiaResumenSemanal", "lunes", "Día de la semana en que se publica el resumen semanal en el canal del equipo de calidad."),
    ];
}
