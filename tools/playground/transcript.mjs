// What happened, read back from the logs: the Playground logs every call the bot makes to its connector (request and
// answer), and the messages it pushes to its UI; the bot's own output is in bot.log.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { work } from './playground.mjs';

function logLines() {
  const log = join(work, 'devTools', 'm365agentsplayground.log');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
}

function connectorCalls() {
  return logLines().flatMap(line => {
    const start = line.indexOf('{');
    if (start < 0) return [];
    try {
      const entry = JSON.parse(line.slice(start));
      return entry.logAction === 'appendLog' && entry.log?.from === 'User Application' ? [entry.log] : [];
    } catch { return []; }
  });
}

/**
 * What the bot posted and the connector took, in order, with later PUTs (the request carries the message id) applied
 * as updates. It covers every chat, also those of other users, which the Playground's UI does not show.
 */
export function screen() {
  const messages = new Map();
  const posts = [];
  for (const call of connectorCalls()) {
    const activity = call.request?.body;
    if (activity?.type !== 'message' || !activity.conversation?.id || call.response?.statusCode >= 300) continue;
    const content = {
      text: activity.text ?? '',
      card: activity.attachments?.find(a => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content ?? null,
    };
    const updated = activity.id && messages.get(activity.id);
    if (updated) {
      Object.assign(updated, content, { updates: updated.updates + 1 });
      continue;
    }
    const message = { id: call.response.body?.id ?? null, conversationId: activity.conversation.id, status: call.response.statusCode, updates: 0, ...content };
    posts.push(message);
    if (message.id) messages.set(message.id, message);
  }
  return posts;
}

/** The bot's calls the Playground's connector refused: what, where, and its error. */
export function refusedCalls() {
  return connectorCalls().filter(c => c.response?.statusCode >= 300).map(c => ({
    activityName: c.activityName, conversationId: c.conversationId ?? c.request?.body?.conversation?.id,
    status: c.response.statusCode, error: c.response.body?.error?.code ?? JSON.stringify(c.response.body),
  }));
}

/** The 1:1 chats the bot created (POST /v3/conversations): their ids and the member ids the bot asked for. */
export function createdChats() {
  return connectorCalls().filter(c => c.activityName === 'createConversation' && c.response?.statusCode < 300)
    .map(c => ({ id: c.response.body.id, members: (c.request.body.members ?? []).map(m => m.id) }));
}

/** Whether the Playground's UI was given anything of a conversation (it logs what it pushes to the page). */
export function shownInUi(conversationId) {
  return logLines().some(line => line.includes('"action":"createMessage"') && line.includes(`"actionConversationId":${JSON.stringify(conversationId)}`));
}

/** The last lines of the bot's log that say something went wrong, to explain a failure. */
export function botTrouble() {
  const log = join(work, 'bot.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n').filter(l => /\b(fail|error|crit):|Outbox message/i.test(l)).slice(-8).map(l => l.slice(0, 400));
}
