// The harness of check.mjs: a throwaway store, the bot and the Agents Playground in a temp folder, and ways to write
// and click in the Playground as any of its users.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, createWriteStream, cpSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { actionsOf, inputsOf } from './cards.mjs';

export const repo = resolve(import.meta.dirname, '..', '..');
export const work = mkdtempSync(join(tmpdir(), 'mipg-playground-'));
// Free ports unless told: a bot or Playground left running on the usual ones must not answer for ours.
const botPort = process.env.BOT_PORT ?? await freePort();
const playgroundPort = process.env.PLAYGROUND_PORT ?? await freePort();
const base = `http://127.0.0.1:${playgroundPort}`;
const started = [];
let me;

class Stopped extends Error {}

/**
 * The people of the demo lists (demo/lists), with their Entra object ids, so the bot authorizes them as in Teams. Ana
 * (staff, in no list) is the Playground's current user; the leader of GLEGN02 and the quality team coordinator have
 * Teams-like ids and write to the bot before anything is sent to them. The Playground holds five users besides the
 * current one, so of the other quality members the first three are users whose Playground id is their Entra object
 * id (Teams accepts the object id when the bot creates a 1:1 chat with someone it never met; the Playground only finds
 * users by id), and the rest are not in the Playground.
 */
export const people = demoPeople();

function demoPeople() {
  const read = name => JSON.parse(readFileSync(join(repo, 'demo', 'lists', name), 'utf8')).items.map(i => i.fields);
  const leader = read('procesos.json').find(p => p.Codigo === 'GLEGN02');
  const person = (id, name, email, aadObjectId) => ({ id, name, email, aadObjectId });
  const [coordinator, ...team] = read('equipo-calidad.json').filter(m => m.Activo === 'Sí' && m.ObjectId)
    .sort((a, b) => (b.Coordinador === 'Sí') - (a.Coordinador === 'Sí'))
    .map(m => person(m.ObjectId, m.Title, m.Correo, m.ObjectId));
  return {
    requester: person('user-ana', 'Ana Pérez', 'ana.perez@cartagena.gov.co', 'aaaaaaaa-0000-0000-0000-000000000001'),
    leader: person('user-leader', leader.Lider, leader.LiderCorreo, leader.LiderObjectId),
    validator: { ...coordinator, id: 'user-quality-coordinator' },
    otherQuality: team.slice(0, 3),
    notInPlayground: team.slice(3),
  };
}

// The Playground reads .m365agentsplayground.yml from its working directory; YAML takes JSON as it is.
function writeConfig() {
  const user = p => ({
    id: p.id, name: p.name, userPrincipleName: p.email, aadObjectId: p.aadObjectId,
    givenName: p.name.split(' ')[0], surname: p.name.split(' ').slice(-1)[0], email: p.email,
  });
  writeFileSync(join(work, '.m365agentsplayground.yml'), JSON.stringify({
    version: '0.1.1',
    tenantId: '99999999-0000-0000-0000-000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'MipgTeams' },
    currentUser: user(people.requester),
    users: [people.leader, people.validator, ...people.otherQuality].map(user), // at most five
    personalChat: { id: 'personal-ana' },
    groupChat: { id: 'grupo-calidad', name: 'Calidad y líderes' },
    team: { id: 'equipo-mipg', name: 'MIPG Alcaldía', aadGroupId: '00000000-0000-0000-0000-000000000031', channels: [{ id: 'canal-calidad', name: 'Calidad' }] },
  }, null, 2));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(String(port)));
    });
  });
}

function start(name, command, args, options) {
  const logFile = join(work, `${name}.log`);
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  started.push(child);
  return () => {
    if (child.exitCode === null) return;
    const output = readFileSync(logFile, 'utf8');
    const why = output.split('\n').find(l => /Unhandled exception|fail:|crit:|error/i.test(l))?.slice(0, 600) ?? output.slice(-800);
    throw new Stopped(`the ${name} stopped (exit code ${child.exitCode}): ${why}`);
  };
}

export function stopAll() {
  for (const child of started) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

export function cleanUp() {
  if (!process.env.KEEP_PLAYGROUND_DIR) rmSync(work, { recursive: true, force: true });
}

export async function until(what, probe, seconds = 15) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      if (error instanceof Stopped) throw error;
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function call(method, path, body) {
  const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const text = await response.text();
  let parsed = text;
  try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, body: parsed };
}

/** Syncs the demo library, starts the bot and the Playground; returns the Playground's view of its config. */
export async function startAll() {
  // Publication writes into the library, so the bot works on a copy of the demo (the generated demo/ stays untouched),
  // with one draft in Borradores/ for the change request to publish.
  const library = join(work, 'demo');
  cpSync(join(repo, 'demo', 'library'), join(library, 'library'), { recursive: true });
  cpSync(join(repo, 'demo', 'lists'), join(library, 'lists'), { recursive: true });
  mkdirSync(join(library, 'library', 'Borradores'), { recursive: true });
  cpSync(join(repo, 'demo', 'library', 'Gestión Jurídica', 'Mejora Normativa',
    'GLEGN02-P001 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx'),
    join(library, 'library', 'Borradores', 'GLEGN02-P001 borrador.docx'));
  const env = {
    ...process.env,
    MIPG_Folder__Root: library,
    MIPG_Store__ConnectionString: `Data Source=${join(work, 'mipg.db')}`,
    MIPG_Search__IndexPath: join(work, 'index'),
    // The Playground renders cards with refresh.userIds as "unsupported: User specific view" (ChangeRequestOptions).
    MIPG_ChangeRequests__RefreshCards: 'false',
    MIPG_Outbox__PollInterval: '00:00:00.200',
    // A card to someone outside the Playground fails at its connector, after the bot's in-line retries (~10 s in which
    // the outbox sends nothing else): once is enough here.
    MIPG_Outbox__MaxAttempts: '1',
    DOTNET_NOLOGO: '1',
  };
  const sync = spawnSync('dotnet', ['run', '--no-build', '--project', 'sync-worker/MipgTeams.SyncWorker', '--', 'once'], { cwd: repo, env, encoding: 'utf8' });
  // The demo library holds one unreadable file on purpose, so a sync that finished with item errors is fine here.
  expect(sync.status === 0 || /terminada/.test(sync.stdout), `demo sync failed: ${sync.stderr || sync.stdout}`);

  const botRuns = start('bot', 'dotnet', ['run', '--no-build', '--project', 'bot/MipgTeams.Bot', '--', `--urls=http://127.0.0.1:${botPort}`], { cwd: repo, env });
  await until('the bot', async () => botRuns() ?? (await fetch(`http://127.0.0.1:${botPort}/healthz`)).ok, 60);

  writeConfig();
  const playgroundRuns = start('playground', join(import.meta.dirname, 'node_modules', '.bin', 'agentsplayground'),
    ['start', '-p', playgroundPort, '--app-endpoint', `http://127.0.0.1:${botPort}/api/messages`, '--channel-id', 'msteams', '--disable-telemetry'],
    { cwd: work, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
  const { config } = await until('the Playground', async () => playgroundRuns() ?? (await fetch(`${base}/_internal/v1/config`)).json(), 60);
  expect(config.currentUser.id === people.requester.id, `the Playground did not load the config written to ${work} (its current user is ${config.currentUser.id})`);
  me = config.currentUser;
  return config;
}

/** The "bot added" event the Playground sends when the bot is installed in a conversation. */
export async function install(conversationId) {
  const template = await call('GET', `/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=botAdded`);
  const sent = await call('POST', '/_internal/v1/customActivities', template.body);
  expect(sent.status === 200, `the Playground refused the install in ${conversationId}: ${sent.status} ${JSON.stringify(sent.body)}`);
}

/** A message typed in the Playground: it always comes from the config's current user, whatever from.id says. */
export async function say(conversationId, text, mentionBot) {
  const message = { from: { id: me.id }, text, textFormat: 'plain' };
  if (mentionBot) {
    message.text = `<at>${mentionBot.name}</at> ${text}`;
    message.mentions = [{ type: 'mention', text: `<at>${mentionBot.name}</at>`, mentioned: { id: mentionBot.id, name: mentionBot.name } }];
  }
  const sent = await call('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, message);
  expect(sent.status === 200, `the Playground refused the message in ${conversationId}: ${sent.status} ${JSON.stringify(sent.body)}`);
}

/**
 * A message from another Playground user, as a custom activity (the Playground's "Mock an activity"): its template for
 * the conversation, with type message, the text, and that user as from.
 */
export async function sayAs(user, conversationId, text, mentionBot) {
  const template = await call('GET', `/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
  expect(template.status === 200, `the Playground has no activity template for ${conversationId}: ${template.status} ${JSON.stringify(template.body)}`);
  const activity = {
    ...template.body, type: 'message', id: randomUUID(), text, textFormat: 'plain',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
  };
  if (mentionBot) {
    activity.text = `<at>${mentionBot.name}</at> ${text}`;
    activity.entities = [...(template.body.entities ?? []), { type: 'mention', text: `<at>${mentionBot.name}</at>`, mentioned: { id: mentionBot.id, name: mentionBot.name } }];
  }
  const sent = await call('POST', '/_internal/v1/customActivities', activity);
  expect(sent.status === 200, `the Playground refused ${user.name}'s message in ${conversationId}: ${sent.status} ${JSON.stringify(sent.body)}`);
}

/**
 * A click on an Action.Execute button of a card the bot sent, by any member of its conversation: the Playground builds
 * the invoke with that user's name and aadObjectId and answers with the bot's invoke response. Inputs go as the card's
 * renderer sends them: every input by id, with what the user typed, else its value, else "".
 */
export async function click(message, user, title, typed = {}) {
  expect(message?.card, 'there is no card to click on');
  const action = actionsOf(message.card).find(a => a.title === title);
  expect(action, `the card has no "${title}" button (it has: ${actionsOf(message.card).map(a => a.title).join(', ') || 'none'})`);
  const inputs = Object.fromEntries(inputsOf(message.card).map(i => [i.id, typed[i.id] ?? i.value ?? '']));
  return call('POST', '/_conversation/v1/invoke', {
    name: 'adaptiveCard/action', from: { id: user.id }, conversation: { id: message.conversationId }, replyToId: message.id,
    value: { action: { type: 'Action.Execute', title, verb: action.verb, data: { ...inputs, ...(action.data ?? {}) } }, trigger: 'manual' },
  });
}

/** The members of a conversation as the Playground's connector lists them; null when it cannot. */
export async function membersOf(conversationId) {
  const listed = await call('GET', `/_connector/v3/conversations/${encodeURIComponent(conversationId)}/members`);
  return listed.status === 200 ? listed.body : null;
}
