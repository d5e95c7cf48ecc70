using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Answers;

/// <summary>"preguntar" alone, as the Teams command menu sends it: ask for the question rather than search for the word.</summary>
internal sealed class AskCommand : IMessageCommand
{
    internal const string Prompt =
        "¿Qué quieres saber? Escribe tu pregunta con tus palabras, por ejemplo: «¿quién lidera Gestión Jurídica?», " +
        "«formato para solicitar un CDP» o «GLEGN02-P001».";

    public bool Matches(string folded) => folded is "preguntar" or "pregunta" or "preguntar:";

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Prompt, cancellationToken);
}
