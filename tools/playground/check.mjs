// A scripted conversation with the bot through the Microsoft 365 Agents Playground, headless.
//
//   dotnet build bot/MipgTeams.Bot && dotnet build sync-worker/MipgTeams.SyncWorker   (once)
//   cd tools/playground && npm ci && node check.mjs         (under a minute; KEEP_PLAYGROUND_DIR=1 keeps the temp folder)
//
// Syncs the demo library into a throwaway SQLite store, starts the bot and the Playground (free ports, or $BOT_PORT and
// $PLAYGROUND_PORT) in a temp folder holding a config of demo-list people (playground.mjs), then talks to the bot as
// Teams would and checks what each person gets:
//  - the basics: install and welcome, a document code, a card button (Action.Execute), an @mention in a channel;
//  - a change request end to end: Ana (staff) asks for the form, submits it without a reason (the form comes back with
//    the error and what she typed), then complete for GLEGN02-P001. The leader of GLEGN02 gets the approval card 1:1
//    through the proactive path (the outbox creates the chat and posts to the Playground's mock connector, /_connector),
//    sees it in "pendientes", approves; a second click on her card changes nothing. Every quality team member gets a
//    card, the coordinator validates, a late click by another member changes nothing. Ana is told of the approval and
//    the publication, once each, and follows the request in "mis solicitudes"; decided cards are updated (PUT) to
//    read-only ones naming who decided. The form offers the draft of Borradores/; once validated, the bot's worker
//    publishes it into the copy of the demo library (4.1 current, 4.0 in Obsoletos/, demo/ untouched) and Ana gets the
//    «Nueva versión publicada» card.
// Exits 0 when every step passed. NOTE lines say what the Playground cannot do. Stops everything it started either way.
//
// Acting as other people, in one Playground run (it keeps its chats in memory, so restarting it with another user's
// config would lose the cards already sent):
//  - card clicks: /_conversation/v1/invoke takes from.id, any member of the conversation, and the Playground builds the
//    invoke with that user's name and aadObjectId, as Teams would;
//  - messages: typed ones (/_conversation/v1/conversations/{id}/messages) always come from the config's current user,
//    whatever from.id says, so the others' messages go as custom activities (/_internal/v1/customActivities, the
//    Playground's "Mock an activity"): its template for the conversation, with type message, the text and their from.
// The leader and the coordinator @mention the bot in the group chat before Ana's request, so the bot knows their Teams
// ids; the 1:1 chats it then creates for them (POST /v3/conversations) hold exactly that user. These endpoints are
// internal and undocumented (Playground 0.2.28).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { people, work, repo, startAll, stopAll, cleanUp, install, say, sayAs, click, membersOf, until, expect } from './playground.mjs';
import { screen, refusedCalls, createdChats, shownInUi, botTrouble } from './transcript.mjs';
import { actionsOf, inputsOf, textOf } from './cards.mjs';

const results = [];
const { requester: ana, leader, validator, otherQuality, notInPlayground } = people;

async function step(name, check) {
  try {
    await check();
    results.push(`PASS ${name}`);
  } catch (error) {
    results.push(`FAIL ${name}: ${error.message}`);
  }
}

const note = text => results.push(`NOTE ${text}`);
// Proactive messages wait their turn in the outbox; a card to someone outside the Playground holds it ~10 s.
const proactive = 30;
const since = count => screen().slice(count);
const arrives = (what, before, where, match, seconds = 15) =>
  until(what, async () => since(before).find(m => m.conversationId === where && match(m)), seconds);
const reads = pattern => m => pattern.test(m.text) || (m.card !== null && pattern.test(textOf(m.card)));
const shown = response => response.body?.value && typeof response.body.value === 'object' ? textOf(response.body.value) : JSON.stringify(response.body);

try {
  const config = await startAll();
  const bot = { id: config.bot.id, name: config.bot.name };
  const chat = config.personalChat.id;
  const group = config.groupChats[0].id;
  const channel = config.teams[0].channels[0].id;

  await step('installing the bot in the 1:1 chat brings a welcome in Spanish', async () => {
    await install(chat);
    const welcome = await arrives('the welcome', 0, chat, reads(/Soy \*\*MipgTeams\*\*/));
    expect(welcome.status === 201, `the connector answered ${welcome.status}`);
  });

  let answer;
  await step('a document code is answered with a card naming its version', async () => {
    const before = screen().length;
    await say(chat, 'GLEGN02-P001');
    answer = await arrives('the answer card', before, chat, m => m.card && textOf(m.card).includes('GLEGN02-P001'));
    expect(/Versión/.test(textOf(answer.card)), 'the card has no version');
  });

  await step('a card button (Action.Execute) gets an invoke response', async () => {
    const response = await click(answer, ana, '👍 Sí');
    expect(response.status === 200 && response.body?.type === 'application/vnd.microsoft.activity.message', `invoke answered ${response.status} ${JSON.stringify(response.body)}`);
  });

  await step('an @mention in a channel is answered in the channel', async () => {
    await install(channel);
    const before = screen().length;
    await say(channel, 'GLEGN02-F002', bot);
    await until('the channel answer', async () => since(before).find(m => m.conversationId.startsWith(channel) && m.card && textOf(m.card).includes('GLEGN02-F002')));
  });

  // A change request, from the form to the publication.
  await step(`the leader (${leader.name}) and the quality coordinator (${validator.name}) @mention the bot in the group chat with "pendientes": the group is told the answer went to their own chat, where it says nothing waits for them yet`, async () => {
    await install(group);
    for (const person of [leader, validator]) {
      const before = screen().length;
      await sayAs(person, group, 'pendientes', bot);
      await arrives(`the pointer to ${person.name}'s own chat`, before, group, reads(/Te respondí en nuestro chat personal/));
      await until(`the answer in ${person.name}'s own chat`, async () => since(before).find(m => !m.conversationId.startsWith(group)
        && reads(/No tienes solicitudes pendientes/)(m)));
    }
  });

  let form;
  await step('"quiero solicitar un cambio" brings Ana the request form', async () => {
    const before = screen().length;
    await say(chat, 'quiero solicitar un cambio');
    form = await arrives('the form', before, chat, m => m.card && actionsOf(m.card).some(a => a.title === 'Enviar solicitud'));
    expect(form.status === 201, `the form was posted with ${form.status}, so it has no id to click on`);
    const draft = inputsOf(form.card).find(i => i.id === 'draftUrl');
    expect(draft?.type === 'Input.ChoiceSet' && (draft.choices ?? []).some(c => c.value === 'Borradores/GLEGN02-P001 borrador.docx'),
      `the form does not offer the draft in Borradores/: ${JSON.stringify(draft)}`);
  });

  const typed = { kind: 'Modificar', documentCode: 'GLEGN02-P001', description: 'Actualizar el paso 4 con el nuevo trámite de consulta pública.', reason: '', draftUrl: 'Borradores/GLEGN02-P001 borrador.docx' };
  await step('submitting it without a reason brings the form back with the error and what she typed', async () => {
    const response = await click(form, ana, 'Enviar solicitud', typed);
    expect(response.status === 200 && response.body?.type === 'application/vnd.microsoft.card.adaptive', `invoke answered ${response.status} ${JSON.stringify(response.body)}`);
    const card = response.body.value;
    expect(/Explica por qué se necesita el cambio/.test(textOf(card)), `no error about the reason in:\n${textOf(card)}`);
    const values = Object.fromEntries(inputsOf(card).map(i => [i.id, i.value]));
    for (const field of ['kind', 'documentCode', 'description']) {
      expect(values[field] === typed[field], `the form lost the ${field}: ${JSON.stringify(values[field])} instead of ${JSON.stringify(typed[field])}`);
    }
    form = { ...form, card }; // the Playground shows the returned card in place of the clicked one
  });

  let requestId;
  let requesterCard;
  await step('submitting it complete registers the request and names the leader who approves it', async () => {
    const response = await click(form, ana, 'Enviar solicitud', { reason: 'El Decreto 1081 de 2015 cambió el plazo de publicación de los proyectos.' });
    const text = shown(response);
    requestId = text.match(/Registré tu solicitud #(\d+)/)?.[1];
    expect(requestId, `no request registered: ${text}`);
    expect(text.includes(leader.name) && /Pendiente de aprobación del líder/.test(text), `the answer does not name the leader or the state:\n${text}`);
    requesterCard = { ...form, card: response.body.value };
  });

  const decisionCards = title => screen().filter(m =>
    m.card && textOf(m.card).includes(`Solicitud #${requestId}`) && actionsOf(m.card).some(a => a.title === title));
  const whyNot = () => {
    const refused = refusedCalls();
    return refused.length === 0 ? 'the connector refused nothing; see the outbox lines of the bot log'
      : `the connector refused: ${refused.map(r => `${r.activityName} in ${r.conversationId}: ${r.status} ${r.error}`).join('; ')}`;
  };

  let approvalCard;
  await step('the leader gets the approval card in a 1:1 chat the bot creates for her (proactive path)', async () => {
    expect(requestId, 'no request');
    approvalCard = await until('the approval card', async () => decisionCards('Aprobar')[0], proactive)
      .catch(() => { throw new Error(`no approval card arrived: ${whyNot()}`); });
    const created = createdChats().find(c => c.id === approvalCard.conversationId);
    expect(created, `the card went to ${approvalCard.conversationId}, a chat the bot did not create`);
    expect(created.members.join() === leader.id, `the bot created the chat for ${created.members.join()}, not for the Teams id it saw (${leader.id})`);
    const members = await membersOf(approvalCard.conversationId);
    expect(members?.length === 1 && members[0].id === leader.id, `the chat's members are ${JSON.stringify(members)}`);
    expect(approvalCard.status === 201, `the card was posted with ${approvalCard.status}, so it has no id to update later`);
    if (!shownInUi(approvalCard.conversationId)) {
      note('the Playground\'s UI shows only its current user\'s chats: the leader\'s 1:1 chat and her card are only in its log. By hand, ' +
        'restart it with the leader as current user and open the request from "pendientes" → Ver (cards sent before a restart are gone).');
    }
  });
  const leaderChat = approvalCard?.conversationId;

  const pending = async person => {
    const before = screen().length;
    await sayAs(person, leaderChat, 'pendientes');
    return arrives('the answer to "pendientes"', before, leaderChat, m => /pendientes/i.test(m.text) || (m.card !== null && /esperan por ti/.test(textOf(m.card))));
  };
  await step('"pendientes" shows the leader the request before she decides, and "Ver" opens it with the decision buttons', async () => {
    expect(leaderChat, 'no chat with the leader');
    const list = await pending(leader);
    expect(list.card && textOf(list.card).includes(`#${requestId}`), `"pendientes" answered: ${list.text || textOf(list.card)}`);
    const opened = await click(list, leader, 'Ver');
    const buttons = opened.body?.value && typeof opened.body.value === 'object' ? actionsOf(opened.body.value).map(a => a.title) : [];
    expect(buttons.includes('Aprobar') && buttons.includes('Rechazar'), `"Ver" answered ${opened.status}: ${shown(opened)}`);
  });

  const myRequests = async () => {
    const before = screen().length;
    await say(chat, 'mis solicitudes');
    const list = await arrives('the answer to "mis solicitudes"', before, chat, m => /solicitudes/i.test(m.text) || (m.card !== null && /Tus solicitudes/.test(textOf(m.card))));
    const lines = (list.card ? textOf(list.card) : list.text).split('\n');
    const line = lines.findIndex(l => l.includes(`#${requestId}`));
    expect(line >= 0, `"mis solicitudes" does not list #${requestId}:\n${lines.join('\n')}`);
    return lines[line + 1] ?? '';
  };
  await step('"mis solicitudes" shows Ana the request waiting for the leader', async () => {
    const state = await myRequests();
    expect(/Pendiente de aprobación del líder/.test(state), `state shown: ${state}`);
  });

  let approvedAt;
  await step('the leader approves (Action.Execute); her card says so, with her name in the history and no buttons', async () => {
    expect(approvalCard, 'no approval card');
    const before = screen().length;
    const response = await click(approvalCard, leader, 'Aprobar');
    const text = shown(response);
    expect(/Aprobaste la solicitud/.test(text), `invoke answered ${response.status}: ${text}`);
    expect(text.includes(`Aprobada por el líder · ${leader.name}`), `the history does not name ${leader.name}:\n${text}`);
    expect(actionsOf(response.body.value).length === 0, 'the decided card still has buttons');
    approvedAt = before;
  });

  await step('Ana is told in her chat that the leader approved', async () => {
    expect(approvedAt !== undefined, 'nothing was approved');
    await arrives('the notice', approvedAt, chat, reads(new RegExp(`solicitud #${requestId} .*fue aprobada por el líder`)), proactive);
  });

  await step('the leader\'s card is updated for everyone (PUT) to a read-only card naming who approved', async () => {
    expect(approvedAt !== undefined, 'nothing was approved');
    const updated = await until('the update', async () => screen().find(m => m.id === approvalCard.id && m.updates > 0), proactive)
      .catch(() => { throw new Error(`the card was never updated: ${whyNot()}`); });
    const text = textOf(updated.card);
    expect(text.includes(`Aprobada por el líder · ${leader.name}`) && /Pendiente de validación de calidad/.test(text), `the updated card says:\n${text}`);
    expect(actionsOf(updated.card).length === 0, 'the updated card still has buttons');
  });

  await step('"pendientes" is empty for the leader once she approved', async () => {
    expect(leaderChat, 'no chat with the leader');
    const list = await pending(leader);
    expect(/No tienes solicitudes pendientes/.test(list.text), `"pendientes" answered: ${list.text || textOf(list.card)}`);
  });

  await step('a second click on "Aprobar" of her card says in Spanish it was already decided, and decides nothing', async () => {
    expect(approvedAt !== undefined, 'nothing was approved');
    const response = await click(approvalCard, leader, 'Aprobar'); // the card as first sent, buttons and all
    const text = shown(response);
    expect(/ya cambió y no se aplicó otra decisión/.test(text) && text.includes(leader.name), `invoke answered ${response.status}: ${text}`);
    expect((text.match(/Aprobada por el líder ·/g) ?? []).length === 1, `the history shows a second approval:\n${text}`);
    expect(/Pendiente de validación de calidad/.test(await myRequests()), 'the state changed');
  });

  let validationCards = [];
  await step('every quality team member in the Playground gets a validation card in a 1:1 chat with them', async () => {
    expect(approvedAt !== undefined, 'nothing was approved');
    const expected = [validator, ...otherQuality];
    const owners = await until('the validation cards', async () => {
      const cards = await Promise.all(decisionCards('Validar y publicar').map(async card => ({ card, members: await membersOf(card.conversationId) })));
      return expected.every(p => cards.some(c => c.members?.some(m => m.id === p.id))) && cards;
    }, proactive).catch(() => { throw new Error(`not everyone got a card: ${whyNot()}`); });
    validationCards = expected.map(p => owners.find(c => c.members.some(m => m.id === p.id)).card);
    for (const missing of notInPlayground) {
      const refused = refusedCalls().filter(r => createdChats().some(c => c.id === r.conversationId && c.members.includes(missing.aadObjectId)));
      if (refused.length > 0) {
        note(`${missing.name} (quality team) is not in the Playground (it holds five users besides the current one): the bot created a chat for her ` +
          `Entra object id, and posting her card there got ${refused[0].status} ${refused[0].error} from the mock connector.`);
      }
    }
  });

  let validatedAt;
  await step(`${validator.name} validates; her card says it is published, with her name`, async () => {
    expect(validationCards.length > 0, 'no validation card');
    const before = screen().length;
    const response = await click(validationCards[0], validator, 'Validar y publicar');
    const text = shown(response);
    expect(/Validaste la solicitud; la nueva versión se está publicando/.test(text), `invoke answered ${response.status}: ${text}`);
    expect(text.includes(`Validada por calidad y publicada · ${validator.name}`), `the history does not name ${validator.name}:\n${text}`);
    validatedAt = before;
  });

  await step('Ana is told in her chat that the request was validated and is being published', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    await arrives('the notice', validatedAt, chat, reads(new RegExp(`solicitud #${requestId} .*fue validada por el equipo de calidad`)), proactive);
  });

  await step('the validated change is published into the copy of the demo library: the draft is GLEGN02-P001 v4.1, the old file is in Obsoletos/, the generated demo/ is untouched', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    const folder = join('Gestión Jurídica', 'Mejora Normativa');
    const name = 'GLEGN02-P001 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx';
    const copy = join(work, 'demo', 'library');
    const obsolete = join(copy, folder, 'Obsoletos', name.replace('GLEGN02-P001 ', 'GLEGN02-P001 v4.0 '));
    const columnsOfCurrent = () => JSON.parse(readFileSync(join(copy, '_columnas.json'), 'utf8'))[`Gestión Jurídica/Mejora Normativa/${name}`];
    // The bot's publication worker polls every few seconds, and archives the 4.0 before it places the 4.1 and its columns.
    await until('the obsolete 4.0 in Obsoletos/ and the 4.1 in place', async () => existsSync(obsolete) && columnsOfCurrent()?.Version === '4.1', proactive)
      .catch(() => { throw new Error(`the publication did not finish: the current file's columns are ${JSON.stringify(columnsOfCurrent())}`); });
    const current = columnsOfCurrent();
    expect(current?.Version === '4.1' && current?.Estado === 'Vigente', `the current file's columns are ${JSON.stringify(current)}`);
    expect(readFileSync(join(copy, folder, name)).equals(readFileSync(join(copy, 'Borradores', 'GLEGN02-P001 borrador.docx'))), 'the current file is not the draft');
    expect(readFileSync(obsolete).equals(readFileSync(join(repo, 'demo', 'library', folder, name))), 'the obsolete file is not the 4.0 of the demo');
    expect(!existsSync(join(repo, 'demo', 'library', folder, 'Obsoletos', basename(obsolete))), 'publication wrote into the generated demo/');
  });

  await step('Ana gets the «Nueva versión publicada» card with 4.0 → 4.1', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    await arrives('the card', validatedAt, chat, m => m.card !== null && /Nueva versión publicada/.test(textOf(m.card)) && /4\.0 → 4\.1/.test(textOf(m.card)), proactive);
  });

  await step('"mis solicitudes" shows Ana the request published', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    const state = await myRequests();
    expect(/^Publicada/.test(state), `state shown: ${state}`);
  });

  await step('every validation card is updated to a read-only card naming who validated', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    const ids = new Set(validationCards.map(c => c.id));
    const updated = await until('the updates', async () => {
      const now = screen().filter(m => ids.has(m.id) && m.updates > 0);
      return now.length === ids.size && now;
    }, proactive).catch(() => { throw new Error(`${screen().filter(m => ids.has(m.id) && m.updates > 0).length} of ${ids.size} cards were updated: ${whyNot()}`); });
    for (const card of updated) {
      const text = textOf(card.card);
      expect(text.includes(`Validada por calidad y publicada · ${validator.name}`) && /Estado: \*\*Publicada\*\*/.test(text) && actionsOf(card.card).length === 0, `a copy says:\n${text}`);
    }
  });

  await step(`a late click on "Validar y publicar" by ${otherQuality[0]?.name} says who validated, and decides nothing`, async () => {
    expect(validationCards.length > 1, 'no second validation card');
    const response = await click(validationCards[1], otherQuality[0], 'Validar y publicar'); // her card as first sent
    const text = shown(response);
    expect(/ya cambió y no se aplicó otra decisión/.test(text) && text.includes(validator.name), `invoke answered ${response.status}: ${text}`);
    expect((text.match(/Validada por calidad y publicada ·/g) ?? []).length === 1, `the history shows a second validation:\n${text}`);
  });

  await step('Ana\'s "Cancelar la solicitud" on her card from before, once published, says it already changed, and cancels nothing', async () => {
    expect(validatedAt !== undefined && requesterCard, 'nothing was validated');
    const response = await click(requesterCard, ana, 'Cancelar la solicitud');
    const text = shown(response);
    expect(/ya cambió y no se aplicó otra decisión/.test(text) && /Estado: \*\*Publicada\*\*/.test(text), `invoke answered ${response.status}: ${text}`);
    expect(/^Publicada/.test(await myRequests()), 'the state changed');
  });

  await step('Ana got one notice of the approval and one of the publication, nothing more', async () => {
    expect(validatedAt !== undefined, 'nothing was validated');
    await new Promise(r => setTimeout(r, 1000)); // a second notice would be sent by now
    const notices = screen().filter(m => m.conversationId === chat && new RegExp(`solicitud #${requestId} `).test(m.text));
    expect(notices.length === 2, `Ana got ${notices.length} notices:\n${notices.map(m => m.text).join('\n')}`);
  });
} catch (error) {
  results.push(`FAIL set-up: ${error.message}`);
} finally {
  stopAll();
  console.log(results.join('\n'));
  const failed = results.some(r => r.startsWith('FAIL'));
  if (failed && botTrouble().length > 0) console.log(`The bot's log ends with:\n  ${botTrouble().join('\n  ')}`);
  console.log(failed ? 'Playground check FAILED' : 'Playground check passed');
  if (process.env.KEEP_PLAYGROUND_DIR) console.log(`Kept ${work}`);
  setTimeout(() => { cleanUp(); process.exit(failed ? 1 : 0); }, 500);
}
