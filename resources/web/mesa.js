// The page of one mesa: its theme, its input commitments and the
// commitments it drafts, saved as the rapporteur types.
//
// What is typed goes first to localStorage (per token), then to the hub,
// debounced; it leaves localStorage only once the hub has acknowledged it.
// A save made from an older version is never applied over a newer one: the
// hub answers 409 and the page shows both versions; the person chooses.
'use strict';

(() => {
  const FIELDS = [
    { key: 'title', label: 'Título', single: true, hint: 'En una frase: qué se compromete.' },
    { key: 'problem', label: 'Problema', hint: '¿Qué problema público atiende?' },
    { key: 'description', label: 'Descripción' },
    { key: 'actions', label: 'Cómo se hará', hint: 'Las acciones, en orden.' },
    { key: 'responsible', label: 'Responsable', hint: 'La institución u oficina que responde por él.' },
    { key: 'participants', label: 'Participantes' },
    { key: 'resources', label: 'Recursos' },
    { key: 'deadline', label: 'Plazos' },
    { key: 'indicator', label: 'Indicador de medición', hint: 'Cómo se sabrá que se cumplió.' },
  ];
  const FIELD_KEYS = FIELDS.map((f) => f.key);
  const LABEL = Object.fromEntries(FIELDS.map((f) => [f.key, f.label]));
  const MAX_LENGTH = 4000;
  const DEBOUNCE_MS = 800;
  const RETRY_MIN_MS = 1000;
  const RETRY_MAX_MS = 30000;

  const parts = location.pathname.split('/').filter(Boolean);
  const token = decodeURIComponent(parts[parts.length - 1] || '');
  const api = '/api/mesa/' + encodeURIComponent(token);
  const storageKey = 'taller-abierto.mesa.' + token;

  const $ = (id) => document.getElementById(id);

  // ---- What is kept in this browser -------------------------------------

  // snapshot: the hub's last state, to show something when it cannot be
  // reached; edits: id → {baseRevision, base: {field: value the person
  // started from}, fields: {field: value typed}}; creates: [{clientKey,
  // fields}] not yet acknowledged; conflicts: id → the hub's version;
  // refused: key → {reason, fields} the hub would not take.
  let local = load();

  function load() {
    const empty = { snapshot: null, edits: {}, creates: [], conflicts: {}, refused: {} };
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) || 'null');
      return stored && typeof stored === 'object' ? Object.assign(empty, stored) : empty;
    } catch (e) {
      return empty;
    }
  }

  let storageFailed = false;
  function persist() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(local));
      storageFailed = false;
    } catch (e) {
      storageFailed = true;
    }
    showConnection();
  }

  // ---- Runtime state ------------------------------------------------------

  let server = local.snapshot; // the hub's state as last known
  let online = false;
  let gone = false; // the hub no longer knows this link
  const cards = new Map(); // key ("12" or "k:UUID") → card
  const inFlight = new Map(); // key → fields sent
  const again = new Set(); // keys typed into while in flight
  const timers = new Map(); // key → debounce timer
  const refusedNow = new Map(); // key → reason, for this page's life only
  let retryDelay = RETRY_MIN_MS;
  let retryTimer = null;
  let idCounter = 0;

  const readOnly = () => Boolean(server && server.readOnly) || gone;
  const serverCommitment = (id) => (server ? server.commitments.find((c) => String(c.id) === String(id)) : undefined);
  const createOf = (clientKey) => local.creates.find((c) => c.clientKey === clientKey);
  const pendingCount = () =>
    Object.values(local.edits).reduce((n, e) => n + Object.keys(e.fields).length, 0) + local.creates.length;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  // The hub makes no commitment without a title, and keeps its title: a
  // title left blank waits on the page until it is written.
  const blankTitle = (fields) => 'title' in fields && !String(fields.title).trim();

  // ---- Talking to the hub -------------------------------------------------

  class Offline extends Error {}

  async function request(method, path, body, keepalive) {
    let response;
    try {
      response = await fetch(api + path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        cache: 'no-store',
        credentials: 'omit',
        keepalive: Boolean(keepalive),
      });
    } catch (e) {
      throw new Offline();
    }
    if (response.status >= 500) throw new Offline();
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    return { status: response.status, data };
  }

  function wentOnline() {
    if (!online) {
      online = true;
      retryDelay = RETRY_MIN_MS;
      showConnection();
      flushAll();
    }
  }

  function wentOffline() {
    if (online) {
      online = false;
      showConnection();
      renderAllStates();
    }
    scheduleRetry();
  }

  function scheduleRetry() {
    if (retryTimer || gone) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flushAll(true);
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }

  function linkGone() {
    gone = true;
    if (events) events.close();
    showConnection();
    render();
  }

  async function fetchState() {
    try {
      const { status, data } = await request('GET', '');
      if (status === 404) return linkGone();
      if (status === 200 && data) {
        applyState(data);
        wentOnline();
      }
    } catch (e) {
      if (e instanceof Offline) wentOffline();
      else throw e;
    }
  }

  // Sends everything that waits; with probe, asks for the state when nothing
  // waits, to learn that the hub is back.
  function flushAll(probe) {
    for (const c of local.creates) flushCreate(c.clientKey);
    for (const id of Object.keys(local.edits)) flush(id);
    if (probe && !pendingCount()) fetchState();
  }

  function schedule(key) {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (key.startsWith('k:')) flushCreate(key.slice(2));
        else flush(key);
      }, DEBOUNCE_MS),
    );
  }

  function flushNow(key) {
    if (!timers.has(key)) return;
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (key.startsWith('k:')) flushCreate(key.slice(2));
    else flush(key);
  }

  // Sends what a commitment's card holds as in flight under key; the answer,
  // or nothing when the hub cannot be reached (the card then says it will
  // be saved when the network returns, and it stays in localStorage).
  async function sendTracked(key, sent, method, path, body, keepalive) {
    inFlight.set(key, sent);
    renderState(key);
    let answer;
    try {
      answer = await request(method, path, body, keepalive);
    } catch (e) {
      inFlight.delete(key);
      if (!(e instanceof Offline)) throw e;
      wentOffline();
      renderState(key);
      return null;
    }
    inFlight.delete(key);
    return answer;
  }

  async function flushCreate(clientKey, keepalive) {
    const key = 'k:' + clientKey;
    const create = createOf(clientKey);
    if (!create || gone) return;
    if (!('title' in create.fields) || blankTitle(create.fields)) {
      renderState(key);
      return;
    }
    if (inFlight.has(key)) {
      again.add(key);
      return;
    }
    const sent = Object.assign({}, create.fields);
    const answer = await sendTracked(key, sent, 'POST', '/commitments', Object.assign({ clientKey }, sent), keepalive);
    if (!answer) return;
    again.delete(key);
    const { status, data } = answer;
    if ((status === 200 || status === 201) && data && data.id !== undefined) {
      wentOnline();
      acknowledgeCreate(clientKey, data);
    } else if (status === 404) {
      linkGone();
    } else {
      refuse(key, create.fields, (data && data.message) || 'El centro no aceptó el compromiso.');
      local.creates = local.creates.filter((c) => c.clientKey !== clientKey);
      persist();
      if (status === 423) fetchState();
      render();
    }
  }

  // The hub made the commitment: the card takes its id; what was typed
  // since (or what a repeated create did not carry) is saved as an edit.
  function acknowledgeCreate(clientKey, commitment) {
    const create = createOf(clientKey);
    const id = String(commitment.id);
    local.creates = local.creates.filter((c) => c.clientKey !== clientKey);
    const fields = {};
    const base = {};
    for (const f of FIELD_KEYS) {
      const typed = create ? create.fields[f] : undefined;
      if (typed !== undefined && typed !== commitment[f]) {
        fields[f] = typed;
        base[f] = commitment[f];
      }
    }
    if (Object.keys(fields).length) local.edits[id] = { baseRevision: commitment.revision, base, fields };
    mergeCommitment(commitment);
    const card = cards.get('k:' + clientKey);
    if (card) {
      const other = cards.get(id);
      if (other && other !== card) other.el.remove();
      cards.delete('k:' + clientKey);
      card.key = id;
      card.id = id;
      cards.set(id, card);
      if (timers.has('k:' + clientKey)) {
        clearTimeout(timers.get('k:' + clientKey));
        timers.delete('k:' + clientKey);
      }
    }
    persist();
    render();
    if (local.edits[id]) flush(id);
  }

  // Keeps the newest version of a commitment the page has heard of.
  function mergeCommitment(commitment) {
    if (!server) return;
    const list = server.commitments;
    const i = list.findIndex((c) => String(c.id) === String(commitment.id));
    if (i < 0) list.push(commitment);
    else if (commitment.revision >= list[i].revision) list[i] = commitment;
    local.snapshot = server;
  }

  async function flush(id, keepalive) {
    const key = String(id);
    const edit = local.edits[key];
    if (!edit || gone || local.conflicts[key]) return;
    if (inFlight.has(key)) {
      again.add(key);
      return;
    }
    const sent = Object.assign({}, edit.fields);
    if (blankTitle(sent)) delete sent.title;
    if (!Object.keys(sent).length) {
      renderState(key);
      return;
    }
    const answer = await sendTracked(key, sent, 'PUT', '/commitments/' + encodeURIComponent(key),
      Object.assign({ baseRevision: edit.baseRevision }, sent), keepalive);
    if (!answer) return;
    const { status, data } = answer;
    const current = local.edits[key];
    if (status === 200 && data) {
      wentOnline();
      if (current) {
        for (const [f, value] of Object.entries(sent)) {
          if (current.fields[f] === value) {
            delete current.fields[f];
            delete current.base[f];
          } else {
            current.base[f] = value;
          }
        }
        current.baseRevision = data.revision;
        if (!Object.keys(current.fields).length) delete local.edits[key];
      }
      mergeCommitment(data);
      persist();
      render();
    } else if (status === 409 && data && data.current) {
      wentOnline();
      mergeCommitment(data.current);
      if (current) stale(key, current, data.current);
      persist();
      render();
    } else if (status === 404) {
      // The commitment is not this mesa's (any more), or the link is gone.
      refuse(key, sent, 'El compromiso ya no está en esta mesa.');
      delete local.edits[key];
      persist();
      fetchState();
      return;
    } else {
      // 423 (the acta is closed), 400 (text the hub does not take): kept on
      // the page, named, never sent again.
      const reason = (data && data.message) || (status === 423 ? 'El acta está cerrada.' : 'El centro no lo aceptó.');
      refuse(key, sent, reason);
      if (current) {
        for (const f of Object.keys(sent)) {
          delete current.fields[f];
          delete current.base[f];
        }
        if (!Object.keys(current.fields).length) delete local.edits[key];
      }
      persist();
      if (status === 423) fetchState();
      render();
      return;
    }
    if (again.has(key) || (local.edits[key] && !timers.has(key))) {
      again.delete(key);
      if (local.edits[key] && !local.conflicts[key]) flush(key);
    }
  }

  // A save answered "stale": the fields someone else also changed are a
  // conflict the person resolves; when nobody touched the fields typed here,
  // the save is made again on the newer version (nothing of theirs is
  // overwritten: only the fields typed here are sent).
  function stale(key, edit, current) {
    const clashing = Object.keys(edit.fields).filter(
      (f) => current[f] !== edit.base[f] && current[f] !== edit.fields[f],
    );
    for (const f of Object.keys(edit.fields)) {
      if (current[f] === edit.fields[f]) {
        delete edit.fields[f];
        delete edit.base[f];
      }
    }
    if (!Object.keys(edit.fields).length) {
      delete local.edits[key];
      delete local.conflicts[key];
      return;
    }
    if (clashing.length) {
      local.conflicts[key] = current;
      return;
    }
    for (const f of Object.keys(edit.fields)) edit.base[f] = current[f];
    edit.baseRevision = current.revision;
    delete local.conflicts[key];
    again.add(key);
  }

  function refuse(key, fields, reason) {
    if (!Object.keys(fields).length) return;
    const earlier = local.refused[key];
    local.refused[key] = { reason, fields: Object.assign({}, earlier ? earlier.fields : {}, fields) };
    refusedNow.set(key, reason);
  }

  // ---- Live state ---------------------------------------------------------

  function applyState(state) {
    if (!state || !state.mesa) return;
    // A save answered before this state was sent may be newer: keep it.
    if (server && server.commitments) {
      for (const c of state.commitments) {
        const known = serverCommitment(c.id);
        if (known && known.revision > c.revision) Object.assign(c, known);
      }
    }
    server = state;
    local.snapshot = state;
    for (const c of state.commitments) rebase(String(c.id), c);
    persist();
    render();
  }

  // Another version arrived while the person has unsaved text: when none of
  // the fields they typed in changed, their text now stands on that version.
  function rebase(key, commitment) {
    const edit = local.edits[key];
    if (!edit || inFlight.has(key)) return;
    if (local.conflicts[key]) {
      if (commitment.revision > local.conflicts[key].revision) local.conflicts[key] = commitment;
      return;
    }
    const changed = Object.keys(edit.fields).some((f) => commitment[f] !== edit.base[f]);
    if (!changed) edit.baseRevision = Math.max(edit.baseRevision, commitment.revision);
  }

  let events = null;
  let eventsRetry = RETRY_MIN_MS;
  function listen() {
    if (gone || !window.EventSource) return;
    events = new EventSource(api + '/events');
    events.addEventListener('state', (e) => {
      eventsRetry = RETRY_MIN_MS;
      try {
        applyState(JSON.parse(e.data));
      } catch (err) {
        return;
      }
      wentOnline();
    });
    events.addEventListener('open', () => wentOnline());
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) {
        // The browser gave up (an answer that is not a stream): ask again
        // later, and learn whether the link still opens the mesa.
        events = null;
        setTimeout(() => {
          fetchState().then(() => {
            if (!gone && !events) listen();
          });
        }, eventsRetry);
        eventsRetry = Math.min(eventsRetry * 2, RETRY_MAX_MS);
      }
      wentOffline();
    });
  }

  // ---- Drawing the page ---------------------------------------------------

  function showConnection() {
    const el = $('connection');
    const choosing = Object.keys(local.conflicts).length;
    const n = pendingCount() - Object.keys(local.conflicts).reduce(
      (sum, key) => sum + (local.edits[key] ? Object.keys(local.edits[key].fields).length : 0), 0);
    el.classList.toggle('offline', !online || gone);
    if (gone) {
      el.textContent = 'Este enlace ya no abre la mesa. Pida el enlace nuevo a quien facilita el taller.';
    } else if (online && readOnly()) {
      el.textContent = 'En línea: la página sigue al centro del taller.';
    } else if (online) {
      el.textContent = n ? `En línea · enviando ${n === 1 ? '1 cambio' : n + ' cambios'}…` : 'En línea: lo que escribe se guarda y se ve en la plenaria.';
    } else if (!server) {
      el.textContent = 'Conectando…';
    } else {
      el.textContent = 'Sin conexión: lo que escribe queda guardado en este equipo y se enviará al volver' +
        (n ? ` (${n === 1 ? '1 cambio' : n + ' cambios'} por enviar).` : '.');
    }
    if (choosing && !gone) {
      el.textContent += choosing === 1 ? ' Un compromiso espera que elijas una versión.' : ` ${choosing} compromisos esperan que elijas una versión.`;
    }
    if (storageFailed) el.textContent += ' Este navegador no deja guardar aquí: no cierres la página sin conexión.';
  }

  function render() {
    if (!server) {
      showConnection();
      return;
    }
    const mesa = server.mesa;
    $('mesa-code').textContent = mesa.code;
    $('mesa-name').textContent = mesa.name || 'Mesa ' + mesa.code;
    $('mesa-theme').textContent = mesa.theme || '';
    document.title = `${mesa.code} · ${mesa.name} — Taller Abierto`;

    const banner = $('readonly');
    if (readOnly()) {
      banner.hidden = false;
      banner.textContent = gone
        ? 'Este enlace ya no abre la mesa: no se puede escribir aquí.'
        : 'Solo lectura. ' + (server.readOnlyReason || 'El acta está cerrada.');
    } else {
      banner.hidden = true;
    }
    document.body.classList.toggle('is-readonly', readOnly());
    $('commitments-hint').hidden = readOnly();
    const button = $('new-commitment');
    button.disabled = readOnly();
    button.hidden = readOnly();

    renderInputs();

    const wanted = [];
    for (const c of server.commitments) wanted.push(String(c.id));
    for (const c of local.creates) wanted.push('k:' + c.clientKey);
    // Commitments the hub no longer lists, kept while they hold unsaved text.
    for (const key of Object.keys(local.edits)) if (!wanted.includes(key)) wanted.push(key);
    const container = $('commitments');
    for (const [key, card] of cards) {
      if (!wanted.includes(key) && !card.el.contains(document.activeElement)) {
        card.el.remove();
        cards.delete(key);
      }
    }
    let previous = null;
    wanted.forEach((key, index) => {
      let card = cards.get(key);
      if (!card) {
        card = makeCard(key);
        cards.set(key, card);
        // New cards go after the previous one; existing ones never move
        // (moving a card would take the focus from a field).
        if (previous) previous.el.after(card.el);
        else container.prepend(card.el);
      }
      card.number = index + 1;
      updateCard(card);
      previous = card;
    });
    $('commitments-empty').hidden = wanted.length > 0;
    showConnection();
  }

  function renderInputs() {
    const section = $('inputs-section');
    const inputs = server.inputs || [];
    section.hidden = inputs.length === 0;
    section.querySelector('h2').textContent = `Compromisos de entrada (${inputs.length})`;
    const holder = $('inputs');
    holder.replaceChildren();
    inputs.forEach((c, i) => {
      const article = document.createElement('article');
      article.className = 'input-commitment';
      const h = document.createElement('h3');
      h.textContent = c.title || `Compromiso de entrada ${i + 1}`;
      article.append(h);
      const dl = document.createElement('dl');
      for (const f of FIELDS) {
        if (f.key === 'title' || !c[f.key]) continue;
        const dt = document.createElement('dt');
        dt.textContent = f.label;
        const dd = document.createElement('dd');
        dd.textContent = c[f.key];
        dl.append(dt, dd);
      }
      article.append(dl);
      holder.append(article);
    });
  }

  function makeCard(key) {
    const el = $('commitment-template').content.firstElementChild.cloneNode(true);
    const card = { key, id: key.startsWith('k:') ? null : key, el, inputs: {}, seen: {}, notes: {} };
    const n = ++idCounter;
    const holder = el.querySelector('.fields');
    const heading = el.querySelector('.commitment-heading');
    heading.id = `c${n}-heading`;
    el.setAttribute('aria-labelledby', heading.id);
    for (const f of FIELDS) {
      const wrap = document.createElement('div');
      wrap.className = 'field field-' + f.key;
      const id = `c${n}-${f.key}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = f.label;
      wrap.append(label);
      const input = document.createElement(f.single ? 'input' : 'textarea');
      if (f.single) input.type = 'text';
      else input.rows = 2;
      input.id = id;
      input.name = f.key;
      input.maxLength = MAX_LENGTH;
      input.autocomplete = 'off';
      input.spellcheck = true;
      if (f.hint) {
        const hint = document.createElement('p');
        hint.className = 'field-hint';
        hint.id = id + '-hint';
        hint.textContent = f.hint;
        input.setAttribute('aria-describedby', hint.id);
        wrap.append(hint);
      }
      wrap.append(input);
      const note = document.createElement('p');
      note.className = 'field-note';
      note.hidden = true;
      wrap.append(note);
      card.notes[f.key] = note;
      input.addEventListener('input', () => typed(card, f.key));
      input.addEventListener('blur', () => {
        flushNow(card.key);
        // A version that arrived while the person was in this field shows now.
        updateCard(card);
      });
      holder.append(wrap);
      card.inputs[f.key] = input;
    }
    el.querySelector('.use-mine').addEventListener('click', () => useMine(card));
    el.querySelector('.use-theirs').addEventListener('click', () => useTheirs(card));
    el.querySelector('.dismiss-refused').addEventListener('click', () => {
      delete local.refused[card.key];
      refusedNow.delete(card.key);
      persist();
      updateCard(card);
    });
    return card;
  }

  function grow(input) {
    if (input.tagName !== 'TEXTAREA') return;
    input.style.height = 'auto';
    input.style.height = input.scrollHeight + 2 + 'px';
  }

  // The value a field should show: what the person typed and the hub has not
  // acknowledged, else the hub's newest.
  function updateCard(card) {
    const key = card.key;
    const c = card.id ? serverCommitment(card.id) : null;
    const create = key.startsWith('k:') ? createOf(key.slice(2)) : null;
    const edit = local.edits[key];
    const conflict = local.conflicts[key];
    const title = (edit && edit.fields.title) ?? (create && create.fields.title) ?? (c && c.title) ?? '';
    card.el.querySelector('.commitment-heading').textContent =
      `Compromiso ${card.number}` + (title.trim() ? ': ' + title.trim() : '');
    for (const f of FIELD_KEYS) {
      const input = card.inputs[f];
      const note = card.notes[f];
      input.disabled = readOnly();
      let mine;
      if (create) mine = create.fields[f];
      else if (edit) mine = edit.fields[f];
      if (mine !== undefined) {
        if (input.value !== mine && document.activeElement !== input) input.value = mine;
        note.hidden = !(conflict || (c && edit && edit.base[f] !== c[f]));
        note.textContent = 'Otra persona cambió este campo mientras usted escribía: al guardar podrás elegir qué versión queda.';
      } else if (c) {
        const theirs = c[f] ?? '';
        if (document.activeElement === input && input.value !== theirs && !readOnly()) {
          // Not taken from under the person's cursor: said instead.
          note.hidden = false;
          note.textContent = 'Otra persona cambió este campo. Lo verás al salir de él.';
        } else {
          if (input.value !== theirs) input.value = theirs;
          card.seen[f] = { value: theirs, revision: c.revision };
          note.hidden = true;
        }
      } else {
        note.hidden = true;
      }
      grow(input);
    }
    // Measurable, as the hub says it of the version it holds.
    const flag = card.el.querySelector('.measurable');
    if (c) {
      flag.hidden = false;
      flag.classList.toggle('ok', Boolean(c.measurable));
      flag.textContent = c.measurable ? 'Medible' : 'Falta: ' + (c.missing || []).join(', ');
    } else {
      flag.hidden = true;
    }
    // The plenary's decision.
    const decision = card.el.querySelector('.decision');
    const hasDecision = Boolean(c && (c.decision || c.note));
    decision.hidden = !hasDecision;
    if (hasDecision) {
      decision.querySelector('.decision-text').textContent = c.decision || 'Sin decisión aún';
      const note = decision.querySelector('.decision-note');
      note.hidden = !c.note;
      decision.querySelector('.note-text').textContent = c.note || '';
      decision.dataset.status = c.status || '';
    }
    renderConflict(card, c, edit, conflict);
    renderRefused(card);
    renderState(key);
  }

  function renderConflict(card, c, edit, conflict) {
    const box = card.el.querySelector('.conflict');
    if (!conflict || !edit) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const holder = box.querySelector('.conflict-fields');
    holder.replaceChildren();
    const clashing = Object.keys(edit.fields).filter(
      (f) => conflict[f] !== edit.base[f] && conflict[f] !== edit.fields[f],
    );
    for (const f of clashing) {
      const row = document.createElement('div');
      row.className = 'conflict-field';
      const h = document.createElement('h4');
      h.textContent = LABEL[f];
      const mine = document.createElement('div');
      mine.className = 'version mine';
      mine.innerHTML = '<p class="version-label">Su versión</p>';
      const mineText = document.createElement('p');
      mineText.className = 'version-text';
      mineText.dataset.field = f;
      mineText.textContent = edit.fields[f] || '(vacío)';
      mine.append(mineText);
      const theirs = document.createElement('div');
      theirs.className = 'version theirs';
      theirs.innerHTML = '<p class="version-label">La guardada por otra persona</p>';
      const theirsText = document.createElement('p');
      theirsText.className = 'version-text';
      theirsText.dataset.field = f;
      theirsText.textContent = conflict[f] || '(vacío)';
      theirs.append(theirsText);
      row.append(h, mine, theirs);
      holder.append(row);
    }
    for (const b of box.querySelectorAll('button')) b.disabled = readOnly();
  }

  function renderRefused(card) {
    const box = card.el.querySelector('.refused');
    const refused = local.refused[card.key];
    if (!refused) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    box.querySelector('.refused-reason').textContent = refused.reason;
    const holder = box.querySelector('.refused-fields');
    holder.replaceChildren();
    const dl = document.createElement('dl');
    for (const [f, value] of Object.entries(refused.fields)) {
      const dt = document.createElement('dt');
      dt.textContent = LABEL[f] || f;
      const dd = document.createElement('dd');
      dd.textContent = value;
      dl.append(dt, dd);
    }
    holder.append(dl);
  }

  function renderState(key) {
    const card = cards.get(key);
    if (!card) return;
    const el = card.el.querySelector('.save-state');
    const waiting = key.startsWith('k:') ? Boolean(createOf(key.slice(2))) : Boolean(local.edits[key]);
    const typed = key.startsWith('k:') ? (createOf(key.slice(2)) || { fields: {} }).fields
      : (local.edits[key] || { fields: {} }).fields;
    const untitled = key.startsWith('k:') ? waiting && !String(typed.title || '').trim() : blankTitle(typed);
    let state;
    let text;
    if (local.conflicts[key]) {
      state = 'conflict';
      text = 'Conflicto: elija qué versión queda';
    } else if (refusedNow.has(key) || (!waiting && local.refused[key])) {
      state = 'refused';
      text = 'No se guardó';
    } else if (untitled && !inFlight.has(key)) {
      state = 'untitled';
      text = key.startsWith('k:') ? 'Se guardará cuando tenga título' : 'El título no puede quedar vacío';
    } else if (waiting && (!online || gone)) {
      state = 'offline';
      text = 'Sin conexión: se guardará al volver';
    } else if (waiting || inFlight.has(key)) {
      state = 'saving';
      text = 'Guardando…';
    } else {
      state = 'saved';
      text = 'Guardado';
    }
    if (el.dataset.state !== state) {
      el.dataset.state = state;
      el.textContent = text;
    }
    card.el.dataset.state = state;
  }

  function renderAllStates() {
    for (const key of cards.keys()) renderState(key);
  }

  // ---- What the person does ----------------------------------------------

  function typed(card, field) {
    if (readOnly()) return;
    const input = card.inputs[field];
    const value = input.value;
    grow(input);
    const key = card.key;
    if (key.startsWith('k:')) {
      const create = createOf(key.slice(2));
      if (!create) return;
      create.fields[field] = value;
    } else {
      let edit = local.edits[key];
      const seen = card.seen[field] || { value: '', revision: 0 };
      if (!edit) {
        edit = local.edits[key] = { baseRevision: seen.revision, base: {}, fields: {} };
      }
      if (!(field in edit.fields)) {
        edit.base[field] = seen.value;
        edit.baseRevision = Math.min(edit.baseRevision, seen.revision);
      }
      edit.fields[field] = value;
    }
    delete local.refused[key];
    refusedNow.delete(key);
    persist();
    if (field === 'title') {
      card.el.querySelector('.commitment-heading').textContent =
        `Compromiso ${card.number}` + (value.trim() ? ': ' + value.trim() : '');
    }
    if (local.conflicts[key]) {
      updateCard(card);
      return;
    }
    renderState(key);
    schedule(key);
  }

  function newCommitment() {
    if (readOnly()) return;
    const clientKey = uuid();
    local.creates.push({ clientKey, fields: {} });
    persist();
    render();
    const card = cards.get('k:' + clientKey);
    if (card) {
      card.el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      card.inputs.title.focus({ preventScroll: true });
    }
    flushCreate(clientKey);
  }

  function useMine(card) {
    const key = card.key;
    const conflict = local.conflicts[key];
    const edit = local.edits[key];
    if (!conflict || !edit) return;
    for (const f of Object.keys(edit.fields)) edit.base[f] = conflict[f];
    edit.baseRevision = conflict.revision;
    delete local.conflicts[key];
    persist();
    updateCard(card);
    flush(key);
  }

  function useTheirs(card) {
    const key = card.key;
    const conflict = local.conflicts[key];
    const edit = local.edits[key];
    if (!conflict) return;
    delete local.conflicts[key];
    if (edit) {
      for (const f of Object.keys(edit.fields)) {
        if (conflict[f] !== edit.base[f]) {
          delete edit.fields[f];
          delete edit.base[f];
          card.inputs[f].value = conflict[f];
        } else {
          edit.base[f] = conflict[f];
        }
      }
      edit.baseRevision = conflict.revision;
      if (!Object.keys(edit.fields).length) delete local.edits[key];
    }
    persist();
    updateCard(card);
    if (local.edits[key]) flush(key);
  }

  // ---- Start --------------------------------------------------------------

  $('new-commitment').addEventListener('click', newCommitment);
  window.addEventListener('online', () => {
    retryDelay = RETRY_MIN_MS;
    clearTimeout(retryTimer);
    retryTimer = null;
    flushAll(true);
    if (!events && !gone) listen();
  });
  window.addEventListener('offline', () => wentOffline());
  window.addEventListener('pagehide', () => {
    for (const key of [...timers.keys()]) {
      clearTimeout(timers.get(key));
      timers.delete(key);
      if (key.startsWith('k:')) flushCreate(key.slice(2), true);
      else flush(key, true);
    }
  });

  render();
  fetchState().then(() => {
    if (!gone) listen();
    flushAll();
  });
})();
