// Reading Adaptive Cards as a person does: their buttons, their inputs, their words.

function walk(node, visit) {
  if (Array.isArray(node)) node.forEach(n => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach(n => walk(n, visit));
  }
}

export function actionsOf(card) {
  const found = [];
  walk(card, n => { if (n.type === 'Action.Execute') found.push(n); });
  return found;
}

export function inputsOf(card) {
  const found = [];
  walk(card, n => { if (typeof n.type === 'string' && n.type.startsWith('Input.')) found.push(n); });
  return found;
}

/** The words of a card, one text block or fact a line. */
export function textOf(card) {
  const words = [];
  walk(card, n => {
    if (n.type === 'TextBlock') words.push(n.text);
    if (n.type === 'FactSet') words.push(...(n.facts ?? []).map(f => `${f.title}: ${f.value}`));
  });
  return words.join('\n');
}
