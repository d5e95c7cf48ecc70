// A scripted conversation with the bot through the Microsoft 365 Agents Playground, headless.
//
//   dotnet build bot/MipgTeams.Bot sync-worker/MipgTeams.SyncWorker   (once)
//   cd tools/playground && npm ci && node check.mjs
//
// Syncs the demo library into a throwaway SQLite store, starts the bot (http://127.0.0.1:$BOT_PORT, default 3978) and
// the Playground ($PLAYGROUND_PORT, default 56150) in a temp folder, then talks to the bot as Teams would: installs it,
// writes a document code in the 1:1 chat, clicks a card button (Action.Execute), @mentions it in a channel, and checks
// each answer the Playground received. Exits 0 when every step passed; stops everything it started either way.
// It drives the Playground through its internal endpoints (/_internal, /_conversation), which are undocumented.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const botPort = process.env.BOT_PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const playground = `http://127.0.0.1:${playgroundPort}`;
const work = mkdtempSync(join(tmpdir(), 'mipg-playground-'));
const env = {
  ...process.env,
  MIPG_Store__ConnectionString: `Data Source=${join(work, 'mipg.db')}`,
  MIPG_Search__IndexPath: join(work, 'index'),
  DOTNET_NOLOGO: '1',
};
const started = [];
const results = [];

function start(command, args, options) {
  const child = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
  started.push(child);
  return child;
}

function stopAll() {
  for (const child of started) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

async function until(what, probe, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const value = await probe();
      if (value) return value;
    } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function post(path, body) {
  const response = await fetch(playground + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

// What the bot sent to the Playground's connector, from the Playground's log (one JSON entry per line).
function botMessages() {
  const log = join(work, 'devTools', 'm365agentsplayground.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n')
    .map(line => line.indexOf('{') >= 0 ? line.slice(line.indexOf('{')) : '')
    .flatMap(json => { try { return [JSON.parse(json)]; } catch { return []; } })
    .filter(entry => entry.logAction === 'appendLog' && entry.log?.from === 'User Application')
    .map(entry => ({ conversationId: entry.log.conversationId, status: entry.log.response?.statusCode, id: entry.log.response?.body?.id, activity: entry.log.request?.body }));
}

async function step(name, check) {
  try {
    await check();
    results.push(`PASS ${name}`);
  } catch (error) {
    results.push(`FAIL ${name}: ${error.message}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

try {
  const sync = spawnSync('dotnet', ['run', '--no-build', '--project', 'sync-worker/MipgTeams.SyncWorker', '--', 'once'], { cwd: repo, env, encoding: 'utf8' });
  // The demo library holds one unreadable file on purpose, so a sync that finished with item errors is fine here.
  expect(sync.status === 0 || /terminada/.test(sync.stdout), `demo sync failed: ${sync.stderr || sync.stdout}`);

  start('dotnet', ['run', '--no-build', '--project', 'bot/MipgTeams.Bot', '--', `--urls=http://127.0.0.1:${botPort}`], { cwd: repo, env });
  await until('the bot', async () => (await fetch(`http://127.0.0.1:${botPort}/healthz`)).ok);

  start(join(import.meta.dirname, 'node_modules', '.bin', 'agentsplayground'),
    ['start', '-p', playgroundPort, '--app-endpoint', `http://127.0.0.1:${botPort}/api/messages`, '--channel-id', 'msteams', '--disable-telemetry'],
    { cwd: work, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
  const { config } = await until('the Playground', async () => (await fetch(`${playground}/_internal/v1/config`)).json());
  const chat = config.personalChat.id;
  const channel = config.teams[0].channels[0].id;

  await step('installing the bot in the 1:1 chat brings a welcome in Spanish', async () => {
    const template = await (await fetch(`${playground}/_internal/v1/customActivities/template?conversationId=${chat}&type=botAdded`)).json();
    expect((await post('/_internal/v1/customActivities', template)).status === 200, 'the Playground refused the install');
    const welcome = await until('the welcome', async () => botMessages().find(m => m.conversationId === chat && /Soy \*\*MipgTeams\*\*/.test(m.activity?.text ?? '')), 15);
    expect(welcome.status === 201, `the connector answered ${welcome.status}`);
  });

  let card;
  await step('a document code is answered with a card naming its version', async () => {
    await post(`/_conversation/v1/conversations/${chat}/messages`, { from: { id: 'user-id-0' }, text: 'GLEGN02-P001', textFormat: 'plain' });
    card = await until('the answer', async () => botMessages().find(m => m.conversationId === chat && JSON.stringify(m.activity?.attachments ?? []).includes('GLEGN02-P001')), 15);
    expect(JSON.stringify(card.activity.attachments).includes('"Versión"'), 'the card has no version');
  });

  await step('a card button (Action.Execute) gets an invoke response', async () => {
    const action = JSON.stringify(card.activity.attachments).match(/"type":"Action.Execute","title":"[^"]*","verb":"(answer\.feedback)","data":(\{[^}]*\})/);
    expect(action, 'the card has no feedback button');
    const response = await post('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action', from: { id: 'user-id-0' }, conversation: { id: chat }, replyToId: card.id,
      value: { action: { type: 'Action.Execute', verb: action[1], data: JSON.parse(action[2]) }, trigger: 'manual' },
    });
    expect(response.status === 200 && response.body?.type === 'application/vnd.microsoft.activity.message', `invoke answered ${JSON.stringify(response.body)}`);
  });

  await step('an @mention in a channel is answered in the channel', async () => {
    const template = await (await fetch(`${playground}/_internal/v1/customActivities/template?conversationId=${channel}&type=botAdded`)).json();
    await post('/_internal/v1/customActivities', template);
    const mention = { type: 'mention', text: `<at>${config.bot.name}</at>`, mentioned: { id: config.bot.id, name: config.bot.name } };
    await post(`/_conversation/v1/conversations/${channel}/messages`, { from: { id: 'user-id-1' }, text: `<at>${config.bot.name}</at> GLEGN02-F002`, textFormat: 'plain', mentions: [mention] });
    await until('the channel answer', async () => botMessages().find(m => m.conversationId?.startsWith(channel) && JSON.stringify(m.activity?.attachments ?? []).includes('GLEGN02-F002')), 15);
  });
} catch (error) {
  results.push(`FAIL set-up: ${error.message}`);
} finally {
  stopAll();
  console.log(results.join('\n'));
  const failed = results.some(r => r.startsWith('FAIL'));
  console.log(failed ? 'Playground check FAILED' : 'Playground check passed');
  setTimeout(() => { rmSync(work, { recursive: true, force: true }); process.exit(failed ? 1 : 0); }, 500);
}
