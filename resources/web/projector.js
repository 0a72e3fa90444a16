// The projector page: the live programme and, during the plenary, the mesa
// presenting, its clock and its commitments. Read-only; follows the hub's
// events without a reload.
'use strict';

(() => {
  const parts = location.pathname.split('/').filter(Boolean);
  const token = decodeURIComponent(parts[parts.length - 1] || '');
  const api = '/api/projector/' + encodeURIComponent(token);
  const $ = (id) => document.getElementById(id);

  let serverOffset = 0; // hub's clock minus this screen's, in ms
  // The plenary clock: seconds remaining at `at` (performance.now()).
  let clock = null;

  function text(id, value) {
    const el = $(id);
    if (el.textContent !== value) el.textContent = value;
  }

  function render(state) {
    if (!state) return;
    if (state.serverTime) {
      const t = Date.parse(state.serverTime);
      if (!Number.isNaN(t)) serverOffset = t - Date.now();
    }
    const event = state.event || {};
    text('event-title', event.title || 'Taller Abierto');
    text('event-venue', event.venue || '');
    document.title = (event.title ? event.title + ' — ' : '') + 'Proyector';

    const p = state.programme || {};
    if (p.now) {
      text('now-title', p.now.title || '—');
      text('now-times', [p.now.start, p.now.end].filter(Boolean).join(' – '));
    } else {
      text('now-title', p.started ? 'Fin del programa' : 'El programa aún no empieza');
      text('now-times', '');
    }
    $('next-block').hidden = !p.next && !p.now;
    if (p.next) {
      text('next-title', p.next.title || '—');
      text('next-times', p.next.start ? 'a las ' + p.next.start : '');
    } else {
      text('next-title', p.now ? 'Nada más: es lo último del programa' : '—');
      text('next-times', '');
    }
    const delay = Number(p.delayMinutes) || 0;
    const delayEl = $('delay');
    if (!p.started) {
      text('delay', '—');
      delayEl.className = 'figure';
    } else if (delay > 0) {
      text('delay', `${delay} min`);
      delayEl.className = 'figure delay-late';
    } else if (delay < 0) {
      text('delay', `${-delay} min antes`);
      delayEl.className = 'figure delay-ok';
    } else {
      text('delay', 'A tiempo');
      delayEl.className = 'figure delay-ok';
    }
    text('projected-end', p.projectedEnd || '—');

    const plenary = state.plenary || {};
    const active = Boolean(plenary.active && plenary.mesa);
    $('plenary').hidden = !active;
    $('stage').classList.toggle('is-plenary', active);
    if (active) {
      const mesa = plenary.mesa;
      text('plenary-code', mesa.code || '');
      text('plenary-name', mesa.name && mesa.name !== mesa.code ? mesa.name : mesa.code || '');
      text('plenary-theme', mesa.theme || '');
      const c = plenary.clock;
      if (c) {
        const remaining = Number.isFinite(c.remainingSeconds) ? c.remainingSeconds : (c.minutes || 0) * 60;
        clock = { running: Boolean(c.running), remaining, at: performance.now() };
      } else {
        clock = null;
      }
      renderCommitments(plenary.commitments || []);
    } else {
      clock = null;
    }
    tick();
  }

  function renderCommitments(list) {
    const ol = $('plenary-commitments');
    ol.replaceChildren();
    $('plenary-empty').hidden = list.length > 0;
    ol.hidden = list.length === 0;
    list.forEach((c, i) => {
      const li = document.createElement('li');
      const h = document.createElement('h3');
      const n = document.createElement('span');
      n.className = 'n';
      n.textContent = `${i + 1}.`;
      h.append(n, document.createTextNode(c.title || 'Sin título'));
      li.append(h);
      const dl = document.createElement('dl');
      for (const [key, label] of [['responsible', 'Responsable'], ['deadline', 'Plazos'], ['indicator', 'Indicador']]) {
        if (!c[key]) continue;
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = c[key];
        dl.append(dt, dd);
      }
      if (dl.childElementCount) li.append(dl);
      const badges = document.createElement('p');
      badges.className = 'badges';
      const badge = (cls, words) => {
        const b = document.createElement('span');
        b.className = 'badge ' + cls;
        b.textContent = words;
        badges.append(b);
      };
      if (c.decision) badge('decision', c.decision);
      if (c.measurable) badge('ok', 'Medible');
      else badge('missing', 'Falta: ' + (c.missing || []).join(', '));
      li.append(badges);
      ol.append(li);
    });
    fit(ol);
  }

  // Smaller type until every commitment fits the screen.
  function fit(ol) {
    let size = 1;
    ol.style.setProperty('--fit', size + 'em');
    while (ol.scrollHeight > ol.clientHeight + 1 && size > 0.5) {
      size = Math.round((size - 0.05) * 100) / 100;
      ol.style.setProperty('--fit', size + 'em');
    }
  }

  function two(n) {
    return String(n).padStart(2, '0');
  }

  function tick() {
    const now = new Date(Date.now() + serverOffset);
    text('wall-clock', `${two(now.getHours())}:${two(now.getMinutes())}`);
    if (!clock) return;
    const elapsed = clock.running ? (performance.now() - clock.at) / 1000 : 0;
    const left = clock.remaining - elapsed;
    const over = left < 0;
    const whole = over ? Math.floor(-left) : Math.ceil(left);
    const digits = `${over ? '+' : ''}${Math.floor(whole / 60)}:${two(whole % 60)}`;
    text('countdown-digits', digits);
    text('countdown-label', over ? 'Tiempo cumplido' : clock.running ? 'Tiempo restante' : 'En pausa');
    const box = $('countdown');
    box.classList.toggle('over', over);
    box.classList.toggle('warning', !over && left <= 60);
    box.classList.toggle('paused', !clock.running);
  }

  function offline(yes) {
    $('offline').hidden = !yes;
  }

  async function fetchState() {
    try {
      const response = await fetch(api, { cache: 'no-store', credentials: 'omit' });
      if (response.ok) {
        render(await response.json());
        offline(false);
      }
    } catch (e) {
      offline(true);
    }
  }

  let retry = 1000;
  function listen() {
    if (!window.EventSource) {
      setInterval(fetchState, 2000);
      return;
    }
    const events = new EventSource(api + '/events');
    events.addEventListener('state', (e) => {
      retry = 1000;
      offline(false);
      try {
        render(JSON.parse(e.data));
      } catch (err) {
        /* a state that cannot be read: the next one will do */
      }
    });
    events.addEventListener('error', () => {
      offline(true);
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(() => fetchState().then(listen), retry);
        retry = Math.min(retry * 2, 30000);
      }
    });
  }

  setInterval(tick, 200);
  window.addEventListener('resize', () => fit($('plenary-commitments')));
  fetchState().then(listen);
})();
