/*
 * Board dashboard: reads the API and draws the page. Plain JavaScript, no build step, no libraries.
 *
 *   GET /api/boards                                  the board picker
 *   GET /api/boards/{id}/matrix?period=P             the indicator matrix and trends
 *   GET /api/boards/{id}/priorities?period=P         ranked workstreams, unowned and not-measured lists
 *   GET /api/evaluations/{id}/trace?indicator=I&focus=C&period=P   one cell explained
 *
 * The page's own address carries the choice (?board=ID&period=P), so each board has a page to link to.
 */
(function () {
  'use strict';

  var COMPARATORS = [
    { id: 'england', name: 'England' },
    { id: 'region', name: 'Region' },
    { id: 'neighbours', name: 'Neighbours' },
    { id: 'goal', name: 'Goal' }
  ];
  var OUTCOME_LABEL = {
    GREEN: 'GREEN', AMBER: 'AMBER', RED: 'RED', HIGHER: 'HIGHER', SIMILAR: 'SIMILAR', LOWER: 'LOWER',
    NOT_COMPARED: 'n/c'
  };
  var OUTCOME_WORDS = {
    GREEN: 'better', AMBER: 'similar', RED: 'worse', HIGHER: 'higher (no judgement)', SIMILAR: 'similar (no judgement)',
    LOWER: 'lower (no judgement)', NOT_COMPARED: 'not compared'
  };
  var METHOD_WORDS = {
    CI_95: '95% confidence interval', CI_99_8: '99.8% confidence interval', TOLERANCE: 'similar-band, no CI',
    RANK: 'rank among nearest neighbours', GOAL: 'against the goal', NONE: 'no comparison'
  };
  var UNIT_SUFFIX = { percent: '%', years: ' years', rate_per_1000: ' per 1,000', rate_per_100000: ' per 100,000' };
  var ALL = 'all';

  var state = { boards: [], board: null, period: null, matrix: null, priorities: null, opened: null };

  // ---------------------------------------------------------------- small helpers

  function $(id) { return document.getElementById(id); }

  /** el('p', {class: 'x'}, 'text', child, ...): an element with attributes and children (strings become text). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.indexOf('on') === 0) node.addEventListener(key.substring(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function number(v) {
    if (v === null || v === undefined) return '';
    var rounded = Math.round(v * 100) / 100;
    return rounded.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  }

  function withUnit(v, unit) {
    if (v === null || v === undefined) return '';
    return number(v) + (UNIT_SUFFIX[unit] || '');
  }

  function outcomeClass(outcome) {
    return outcome ? 'out-' + outcome.toLowerCase().replace(/_/g, '-') : 'out-no-data';
  }

  function api(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var detail = body && body.details && body.details.length ? ': ' + body.details[0].message : '';
          throw new Error((body && body.error ? body.error : 'HTTP ' + response.status) + detail);
        }
        return body;
      });
    });
  }

  function setStatus(text, isError) {
    var status = $('status');
    status.textContent = text || '';
    status.className = 'status' + (isError ? ' error' : '');
  }

  function shortVersion(v) { return v ? v.substring(0, 12) : ''; }

  function when(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').substring(0, 16) + ' UTC';
  }

  // ---------------------------------------------------------------- start and choices

  function start() {
    var params = new URLSearchParams(window.location.search);
    state.board = params.get('board') || null;
    state.period = params.get('period') || null;
    $('board-select').addEventListener('change', function (e) { state.board = e.target.value; load(); });
    $('period-select').addEventListener('change', function (e) { state.period = e.target.value; load(); });
    $('print-button').addEventListener('click', function () { window.print(); });
    $('explain-close').addEventListener('click', closeExplanation);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !$('explain-panel').hidden) closeExplanation();
    });
    $('controls').addEventListener('submit', function (e) { e.preventDefault(); });
    setStatus('Loading the boards…');
    api('/api/boards').then(function (body) {
      state.boards = body.boards;
      var known = body.boards.map(function (b) { return b.id; }).concat([ALL]);
      if (!state.board || known.indexOf(state.board) < 0) state.board = body.boards.length ? body.boards[0].id : ALL;
      var select = clear($('board-select'));
      body.boards.forEach(function (b) { select.appendChild(el('option', { value: b.id, text: b.name })); });
      select.appendChild(el('option', { value: ALL, text: 'All boards' }));
      select.value = state.board;
      return load();
    }).catch(function (e) { setStatus('Could not load the boards: ' + e.message, true); });
  }

  function load() {
    var board = encodeURIComponent(state.board);
    var query = state.period ? '?period=' + encodeURIComponent(state.period) : '';
    closeExplanation();
    setStatus('Loading ' + boardName(state.board) + (state.period ? ', ' + state.period : '') + '…');
    document.body.setAttribute('aria-busy', 'true');
    return Promise.all([
      api('/api/boards/' + board + '/matrix' + query),
      api('/api/boards/' + board + '/priorities' + query)
    ]).then(function (results) {
      state.matrix = results[0];
      state.priorities = results[1];
      state.period = state.matrix.period;
      render();
      setStatus('');
      document.dispatchEvent(new CustomEvent('dashboard:rendered', { detail: { boardId: state.matrix.boardId, period: state.matrix.period } }));
      document.body.setAttribute('data-loaded', state.matrix.boardId + ' ' + state.matrix.period);
    }).catch(function (e) {
      setStatus('Could not load the dashboard: ' + e.message, true);
    }).then(function () {
      document.body.removeAttribute('aria-busy');
    });
  }

  function boardName(id) {
    if (id === ALL) return 'All boards';
    var b = state.boards.filter(function (x) { return x.id === id; })[0];
    return b ? b.name : id;
  }

  // ---------------------------------------------------------------- the page

  function render() {
    var m = state.matrix;
    var query = '?board=' + encodeURIComponent(m.boardId) + '&period=' + encodeURIComponent(m.period);
    window.history.replaceState(null, '', window.location.pathname + query);
    document.title = m.boardName + ', ' + m.period + ' – board dashboard';
    $('page-title').textContent = m.boardName;
    $('subtitle').textContent = m.areaName + ' · ' + m.period + ' · ' + m.rows.length + ' indicators';

    var periods = clear($('period-select'));
    m.periods.forEach(function (p) { periods.appendChild(el('option', { value: p, text: p })); });
    periods.value = m.period;

    var version = $('rule-set-version');
    version.textContent = shortVersion(m.ruleSetVersion);
    version.title = m.ruleSetVersion;
    $('evaluation-id').textContent = m.evaluationId;
    $('evaluated-at').textContent = when(m.evaluatedAt);
    $('print-provenance').textContent = 'Rule set ' + m.ruleSetVersion + '; evaluation ' + m.evaluationId
        + ', ' + when(m.evaluatedAt) + '. Every rating can be traced with GET /api/evaluations/' + m.evaluationId
        + '/trace?indicator=ID.';

    var csv = $('csv-link');
    csv.href = '/api/boards/' + encodeURIComponent(m.boardId) + '/matrix.csv?period=' + encodeURIComponent(m.period);

    renderMatrix(m);
    renderPriorities(state.priorities);
    renderGaps(state.priorities);
  }

  function renderMatrix(m) {
    var counts = m.counts || {};
    var parts = ['RED', 'AMBER', 'GREEN', 'HIGHER', 'SIMILAR', 'LOWER', 'NOT_COMPARED']
      .filter(function (o) { return counts[o]; })
      .map(function (o) { return counts[o] + ' ' + OUTCOME_LABEL[o]; });
    $('summary').textContent = parts.join(' · ');
    $('matrix-caption').textContent = m.boardName + ', ' + m.period + ': each indicator compared with England, the '
        + 'region, its nearest neighbours and its goal, with its recent trend.';

    var body = clear(document.querySelector('#matrix tbody'));
    var notes = clear($('data-notes'));
    m.rows.forEach(function (row) {
      var tr = el('tr', { 'data-indicator': row.indicatorId });
      var marker = null;
      if (row.note) {
        var n = notes.children.length + 1;
        notes.appendChild(el('li', { id: 'note-' + n }, el('strong', { text: row.name + ': ' }), row.note));
        marker = el('a', { class: 'note-ref', href: '#note-' + n, title: row.note, 'aria-label': 'data note ' + n }, '[' + n + ']');
      }
      var doubt = row.quality || (row.trend && row.trend.quality ? { codes: 'trend', verdict: 'no flag', reason: row.trend.quality } : null);
      var mark = doubt ? el('span', {
        class: 'quality-mark quality-' + doubt.verdict.replace(' ', '-'), role: 'note',
        title: doubt.reason, 'aria-label': 'data quality: ' + doubt.verdict + ': ' + doubt.reason
      }, '⚠ ' + doubt.verdict + ' (' + doubt.codes.replace(/;/g, ', ') + ')') : null;
      tr.appendChild(el('th', { scope: 'row', class: 'indicator' },
        el('span', { class: 'name', text: row.name }), marker ? ' ' : null, marker,
        el('span', { class: 'meta', text: polarityWords(row.polarity) }),
        mark, doubt ? el('span', { class: 'quality-reason', text: doubt.reason }) : null));
      tr.appendChild(valueCell(row));
      COMPARATORS.forEach(function (c) { tr.appendChild(ratingCell(row, c, row.cells[c.id])); });
      tr.appendChild(trendCell(row));
      body.appendChild(tr);
    });
    $('notes-heading').hidden = notes.hidden = notes.children.length === 0;
  }

  function polarityWords(p) {
    return p === 'HIGH_IS_GOOD' ? 'higher is better' : p === 'LOW_IS_GOOD' ? 'lower is better' : 'no judgement';
  }

  function valueCell(row) {
    if (row.value === null || row.value === undefined) {
      return el('td', { class: 'value' }, el('span', { text: row.timePeriod ? 'not published' : 'no data' }),
        row.timePeriod ? el('span', { class: 'tp', text: row.timePeriod }) : null);
    }
    var ci = row.lower95 !== null && row.lower95 !== undefined
      ? ' (95% CI ' + number(row.lower95) + ' to ' + number(row.upper95) + ')' : '';
    return el('td', { class: 'value', title: withUnit(row.value, row.unit) + ci + ', ' + row.timePeriod },
      el('span', { text: withUnit(row.value, row.unit) }), el('span', { class: 'tp', text: row.timePeriod }));
  }

  function benchmarkText(cell, comparator, row) {
    if (!cell.outcome || cell.outcome === 'NOT_COMPARED') return '';
    if (cell.rank !== null && cell.rank !== undefined) return cell.rank + ' of ' + cell.rankOf;
    if (comparator.id === 'goal' && row.goal && cell.outcome && cell.outcome !== 'NOT_COMPARED') {
      return 'goal ' + number(row.goal.lower) + (row.goal.upper !== row.goal.lower ? '–' + number(row.goal.upper) : '');
    }
    if (cell.benchmark !== null && cell.benchmark !== undefined) return 'vs ' + number(cell.benchmark);
    return '';
  }

  function ratingCell(row, comparator, cell) {
    var td = el('td', { class: 'rating', 'data-comparator': comparator.id, 'data-outcome': cell.outcome || 'NO_DATA' });
    var label = cell.outcome ? OUTCOME_LABEL[cell.outcome] || cell.outcome : 'no data';
    var bench = benchmarkText(cell, comparator, row);
    var spoken = row.name + ', ' + comparator.name + ': ' + (cell.outcome ? OUTCOME_WORDS[cell.outcome] : 'no data')
        + (bench ? ', ' + bench : '') + '. Show why.';
    var title = (cell.outcome ? label + ' (' + (METHOD_WORDS[cell.method] || cell.method) + '): ' : '') + cell.reason
        + (cell.rule ? '\nRule: ' + cell.rule + ' (' + cell.ruleFile + ')' : '');
    if (!cell.outcome) {
      td.appendChild(el('span', { class: 'cell-btn out-no-data', title: title }, el('span', { class: 'label', text: label })));
      return td;
    }
    var suffix = cell.method === 'CI_99_8' ? ' 99.8%' : '';
    td.appendChild(el('button', {
      type: 'button', class: 'cell-btn ' + outcomeClass(cell.outcome), title: title, 'aria-label': spoken,
      'aria-controls': 'explain-panel', 'aria-expanded': 'false',
      'data-indicator': row.indicatorId, 'data-focus': comparator.id,
      onclick: function (e) { explain(e.currentTarget, row, comparator.id, comparator.name); }
    }, el('span', { class: 'label', text: label + suffix }), bench ? el('span', { class: 'bench', text: bench }) : null));
    return td;
  }

  function trendCell(row) {
    var td = el('td', { class: 'trend', 'data-comparator': 'trend' });
    var t = row.trend;
    if (!t) {
      td.appendChild(el('span', { class: 'no-trend', text: 'no data' }));
      return td;
    }
    var flag = t.flag ? 'Worsening flag: ' + t.flag.severity.toLowerCase() : null;
    td.appendChild(el('button', {
      type: 'button', class: 'cell-btn trend-btn', title: t.reason + (flag ? '\n' + flag + ': ' + t.flag.reason : '')
          + (t.quality ? '\n' + t.quality : '')
          + '\nRule: ' + t.rule + ' (' + t.ruleFile + ')',
      'aria-label': row.name + ', trend: ' + t.label + (flag ? ', ' + flag : '') + '. Show why.',
      'aria-controls': 'explain-panel', 'aria-expanded': 'false',
      'data-indicator': row.indicatorId, 'data-focus': 'trend', 'data-flag': t.flag ? t.flag.severity : '',
      onclick: function (e) { explain(e.currentTarget, row, 'trend', 'Trend'); }
    }, el('span', { class: 'label', text: t.label }), flag ? el('span', { class: 'flag', text: '⚑ ' + flag }) : null));
    return td;
  }

  // ---------------------------------------------------------------- priorities and gaps

  function renderPriorities(p) {
    var container = clear($('priorities'));
    $('priorities-intro').textContent = 'Workstreams ranked by the priority rules for ' + p.period + ': '
        + p.ordering + '. ' + weightsSentence(p.weights);
    var byBoard = [];
    p.priorities.forEach(function (w) {
      var last = byBoard[byBoard.length - 1];
      if (!last || last.boardId !== w.boardId) byBoard.push(last = { boardId: w.boardId, boardName: w.boardName, items: [] });
      last.items.push(w);
    });
    if (!byBoard.length) {
      container.appendChild(el('p', { class: 'empty', text: 'No workstream of this board has a scored indicator in ' + p.period + '.' }));
      return;
    }
    var grouped = p.boardId === ALL;
    byBoard.forEach(function (group) {
      var block = el('div', { class: 'board-block' });
      if (grouped) block.appendChild(el('h3', { class: 'board-name', text: group.boardName }));
      var list = el('ol', { class: 'priority-list plain', role: 'list' });
      group.items.forEach(function (w) { list.appendChild(priorityItem(w, grouped)); });
      block.appendChild(list);
      container.appendChild(block);
    });
  }

  /** "Points: RED against England 3, the neighbours 3, ...; AMBER against any comparator 1; worsening flag high 4, ..." */
  function weightsSentence(weights) {
    function w(key) { return weights['priority.weight.' + key]; }
    var groups = [
      ['RED against ', [['England', 'red.england'], ['the neighbours', 'red.neighbours'], ['the goal', 'red.goal'], ['the region', 'red.region']]],
      ['AMBER against ', [['any comparator', 'amber']]],
      ['worsening flag ', [['high', 'flag.high'], ['medium', 'flag.medium'], ['low', 'flag.low']]]
    ];
    var parts = groups.map(function (g) {
      var items = g[1].filter(function (x) { return w(x[1]) !== undefined; })
        .map(function (x) { return x[0] + ' ' + number(w(x[1])); });
      return items.length ? g[0] + items.join(', ') : null;
    }).filter(function (x) { return x; });
    return parts.length ? 'Points: ' + parts.join('; ') + '.' : '';
  }

  function priorityItem(w, grouped) {
    var scoring = w.indicators.filter(function (i) { return i.points > 0; });
    var quiet = w.indicators.filter(function (i) { return i.points === 0; });
    var summary = 'Score ' + number(w.score) + ' from ' + w.indicators.length + ' indicator'
        + (w.indicators.length === 1 ? '' : 's') + ', ' + w.redRatings + ' RED rating' + (w.redRatings === 1 ? '' : 's')
        + (w.worseningFlags ? ', ' + w.worseningFlags + ' worsening flag' + (w.worseningFlags === 1 ? '' : 's') : '') + '.';
    var H = grouped ? 'h4' : 'h3';
    return el('li', { class: 'priority', 'data-workstream': w.workstreamId },
      el(H, null, w.rank + '. ' + w.workstreamName, el('span', { class: 'score', text: ' – score ' + number(w.score) })),
      el('p', { text: summary }),
      scoring.length ? el('p', null, el('strong', { text: 'Why: ' })) : null,
      scoring.length ? el('ul', { class: 'evidence' }, scoring.map(evidenceItem)) : null,
      quiet.length ? el('p', { class: 'ranked-by', text: 'No points from: ' + quiet.map(function (i) { return i.name; }).join('; ') + '.' }) : null,
      w.actions.length ? el('p', null, el('strong', { text: 'Actions: ' }), w.actions.map(sentence).join(' ')) : null,
      el('p', { class: 'ranked-by', text: 'Ranked ' + w.rank + ' of ' + w.of + ' by the rule "' + w.rule + '" (' + w.ruleFile + ').' }));
  }

  function evidenceItem(i) {
    var tags = i.outcomes.filter(function (o) { return o.outcome === 'RED' || o.outcome === 'AMBER'; }).map(function (o) {
      var against = o.comparator === 'england' ? 'England' : o.comparator === 'region' ? 'region'
        : o.comparator === 'neighbours' ? 'neighbours' : 'goal';
      var bench = o.rank !== null && o.rank !== undefined ? o.rank + ' of ' + o.rankOf
        : o.benchmark !== null && o.benchmark !== undefined ? number(o.benchmark) : '';
      return el('span', { class: 'tag ' + outcomeClass(o.outcome), title: o.reason,
        text: o.outcome + ' ' + against + (bench ? ' (' + bench + ')' : '') });
    });
    var flags = i.flags.map(function (f) {
      return el('span', { class: 'tag flag', title: f.reason, text: '⚑ worsening, ' + f.severity.toLowerCase() });
    });
    return el('li', null, el('span', { text: i.name + ': ' + (i.value === null ? 'not published' : withUnit(i.value, i.unit))
        + ' (' + i.timePeriod + ') ' }), tags, flags, el('span', { class: 'points', text: ' ' + number(i.points) + ' pts' }));
  }

  function sentence(text) {
    var t = String(text).trim();
    return /[.!?]$/.test(t) ? t : t + '.';
  }

  function renderGaps(p) {
    var unowned = clear($('unowned'));
    if (!p.unowned.length) unowned.appendChild(el('li', { class: 'empty', text: 'None in ' + p.period + '.' }));
    p.unowned.forEach(function (u) {
      var reds = u.indicator.outcomes.filter(function (o) { return o.outcome === 'RED'; }).length;
      unowned.appendChild(el('li', { 'data-indicator': u.indicator.indicatorId },
        el('strong', { text: u.indicator.name }), ': ' + reds + ' RED rating' + (reds === 1 ? '' : 's')
        + (u.indicator.flags.length ? ', worsening' : '') + '; ' + u.reason + '.'));
    });
    var notMeasured = clear($('not-measured'));
    if (!p.notMeasured.length) notMeasured.appendChild(el('li', { class: 'empty', text: 'None in ' + p.period + '.' }));
    p.notMeasured.forEach(function (n) {
      notMeasured.appendChild(el('li', { 'data-workstream': n.workstreamId },
        el('strong', { text: n.workstreamName }), (p.boardId === ALL ? ' (' + n.boardName + ')' : '') + ': ' + n.reason + '.'));
    });
  }

  // ---------------------------------------------------------------- the explanation panel

  function explain(button, row, focus, focusName) {
    var m = state.matrix;
    if (state.opened) state.opened.setAttribute('aria-expanded', 'false');
    state.opened = button;
    button.setAttribute('aria-expanded', 'true');
    var panel = $('explain-panel');
    panel.hidden = false;
    document.body.classList.add('explaining');
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    $('explain-heading').textContent = row.name + ' – ' + focusName + ', ' + m.period;
    var body = clear($('explain-body'));
    body.appendChild(el('p', { text: 'Loading the explanation…' }));
    $('explain-heading').focus();
    var path = '/api/evaluations/' + encodeURIComponent(m.evaluationId) + '/trace?indicator='
        + encodeURIComponent(row.indicatorId) + '&focus=' + focus + '&period=' + encodeURIComponent(m.period);
    api(path).then(function (trace) {
      if (state.opened !== button) return;
      renderExplanation(body, trace, path);
    }).catch(function (e) {
      clear(body).appendChild(el('p', { class: 'status error', text: 'Could not load the explanation: ' + e.message }));
    });
  }

  function renderExplanation(body, trace, path) {
    clear(body);
    var first = trace.firings[0];
    var subject = trace.subjects[0];
    var outcome = subject && subject.type === 'Rating' ? subject.fact.outcome : null;
    if (outcome) {
      var against = COMPARATORS.filter(function (c) { return c.id === trace.focus; })[0];
      body.appendChild(el('p', { class: 'headline' },
        el('span', { class: 'swatch ' + outcomeClass(outcome), text: OUTCOME_LABEL[outcome] || outcome }),
        ' against ' + (against ? against.name : trace.focus) + ': ' + subject.fact.reason));
    } else {
      body.appendChild(el('p', { class: 'headline', text: trace.headline }));
    }
    if (first) {
      body.appendChild(el('h3', { text: 'Rule' }));
      body.appendChild(el('p', { class: 'decided-by' }, el('span', { class: 'rule-name', text: first.rule }), ' ',
        el('span', { class: 'where' }, 'in ', el('code', { text: first.location }))));
    }
    body.appendChild(el('h3', { text: 'Thresholds in force' }));
    if (!trace.thresholds.length) {
      body.appendChild(el('p', { class: 'empty', text: 'None: no tunable number was used for this one.' }));
    } else {
      body.appendChild(el('table', { class: 'thresholds' },
        el('thead', null, el('tr', null, el('th', { scope: 'col', text: 'Threshold' }), el('th', { scope: 'col', text: 'Value' }),
          el('th', { scope: 'col', text: 'Set at' }))),
        el('tbody', null, trace.thresholds.map(function (t) {
          return el('tr', { class: 'threshold' }, el('td', null, el('code', { text: t.name })),
            el('td', { text: number(t.value) + ' ' + t.unit }), el('td', null, el('code', { text: t.location })));
        }))));
    }
    body.appendChild(el('h3', { text: 'How it was reached' }));
    body.appendChild(el('ol', { class: 'chain' }, trace.firings.map(function (f) {
      var facts = f.matched.filter(function (x) { return x.type !== 'Threshold'; }).map(describeFact)
        .filter(function (t) { return t; });
      return el('li', null, el('span', { class: 'rule-name', text: f.rule }), ' ',
        el('span', { class: 'where' }, el('code', { text: f.location })),
        facts.length ? el('ul', { class: 'facts' }, facts.map(function (t) { return el('li', { text: t }); })) : null);
    })));
    body.appendChild(el('p', { class: 'meta' }, 'Evaluation ', el('code', { text: trace.evaluationId }), ', rule set ',
      el('code', { text: shortVersion(trace.ruleSetVersion), title: trace.ruleSetVersion }), ', evaluated ' + when(trace.createdAt)
        + '. ', el('a', { href: path, text: 'The trace as JSON' })));
  }

  /** A matched fact in a few words: its type and the fields that say what it is. */
  function describeFact(entry) {
    var f = entry.fact;
    if (f === null || typeof f !== 'object') return null;
    switch (entry.type) {
      case 'Observation':
        return 'Observation ' + f.period + ' (' + f.timePeriod + '): value ' + (f.value === null ? 'missing' : number(f.value))
          + (f.lower95 !== null ? ', 95% CI ' + number(f.lower95) + ' to ' + number(f.upper95) : ', no CI');
      case 'Benchmark':
        return 'Benchmark ' + f.comparator.toLowerCase() + ': ' + (f.rank !== null ? 'ranked ' + f.rank + ' of ' + f.rankOf
          : f.value === null ? 'no value' : number(f.value)) + (f.source ? ' (' + f.source + ')' : '');
      case 'Indicator':
        return 'Indicator: ' + polarityWords(f.polarity) + ', ' + String(f.valueType || '').toLowerCase()
          + (f.goal ? ', goal ' + number(f.goal.lower) + ' to ' + number(f.goal.upper) : '');
      case 'Difference':
        return 'Difference from ' + f.comparator.toLowerCase() + ': ' + f.direction.toLowerCase() + ' (' + f.basis + ')';
      case 'ToleranceBand':
        return 'Similar-band ' + number(f.percent) + '% (' + f.threshold + ')';
      case 'Rating':
        return 'Rating ' + f.comparator.toLowerCase() + ': ' + f.outcome + ' – ' + f.reason;
      case 'Trend':
        return 'Trend "' + f.label + '": ' + f.reason;
      case 'TrendEvidence':
        return 'Trend evidence: ' + Object.keys(f).filter(function (k) {
          return ['observationKey', 'indicatorId', 'areaCode', 'breakdown'].indexOf(k) < 0 && f[k] !== null && typeof f[k] !== 'object';
        }).slice(0, 6).map(function (k) { return k + ' ' + f[k]; }).join(', ');
      default:
        return entry.type + ': ' + Object.keys(f).filter(function (k) {
          return ['observationKey', 'areaCode'].indexOf(k) < 0 && f[k] !== null && typeof f[k] !== 'object';
        }).slice(0, 6).map(function (k) { return k + ' ' + f[k]; }).join(', ');
    }
  }

  function closeExplanation() {
    var panel = $('explain-panel');
    if (panel.hidden) return;
    panel.hidden = true;
    document.body.classList.remove('explaining');
    clear($('explain-body'));
    var opened = state.opened;
    state.opened = null;
    if (opened && document.body.contains(opened)) {
      opened.setAttribute('aria-expanded', 'false');
      opened.focus();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
