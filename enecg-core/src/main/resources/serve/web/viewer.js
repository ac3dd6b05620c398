// EnECG viewer: uploads a WFDB record to POST /api/records and draws the answer on ECG paper (plain canvas).
// Paper: 1 mm and 5 mm grid, 25 mm/s, 10 mm/mV; 3 x 4 leads of 2.5 s each plus a 10-s lead II rhythm strip.
"use strict";

const MM_PER_S = 25, MM_PER_MV = 10;
const LEFT = 12, COL_S = 2.5, COLS = 4, ROW_H = 32, TOP = 3, BOTTOM = 3, RIGHT = 3;
const WIDTH_MM = LEFT + COLS * COL_S * MM_PER_S + RIGHT;
const HEIGHT_MM = TOP + 4 * ROW_H + BOTTOM;
const LAYOUT = [["I", "aVR", "V1", "V4"], ["II", "aVL", "V2", "V5"], ["III", "aVF", "V3", "V6"]];
const RHYTHM = "II";
const COLOURS = { paper: "#fffaf8", fine: "#f6cfc8", bold: "#e59a8f", trace: "#000000", label: "#283a5a", beat: "#1f5fbf" };

const $ = (id) => document.getElementById(id);
let last = null;

function setState(s) { document.body.dataset.state = s; }

function showError(message) {
  const e = $("error");
  e.textContent = message;
  e.hidden = !message;
}

async function loadModel() {
  try {
    const r = await fetch("v2");
    if (!r.ok) return;
    const m = await r.json();
    $("model").textContent = "model: " + m.models.join(", ") + " · enecg " + m.version;
  } catch (e) { /* the page still works without it */ }
}

async function loadExamples() {
  const r = await fetch("examples/examples.json");
  if (!r.ok) return;
  const list = await r.json();
  const sel = $("example");
  list.forEach((ex, i) => {
    const o = document.createElement("option");
    o.value = String(i);
    o.textContent = ex.name;
    sel.appendChild(o);
  });
  sel.addEventListener("change", async () => {
    if (sel.value === "") return;
    const ex = list[Number(sel.value)];
    const files = [];
    for (const f of ex.files) {
      const b = await (await fetch("examples/" + f)).blob();
      files.push(new File([b], f.split("/").pop()));
    }
    upload(files);
  });
}

async function upload(files) {
  if (!files.length) return;
  showError("");
  setState("loading");
  $("paper-title").textContent = Array.from(files).map((f) => f.name).join(", ");
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  let body;
  try {
    const r = await fetch("api/records", { method: "POST", body: form });
    body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  } catch (e) {
    setState("error");
    showError("Could not read this record: " + e.message);
    return;
  }
  last = body;
  render(body);
  setState("drawn");
}

function render(a) {
  $("paper-title").textContent = a.record.id + " · " + a.record.seconds.toFixed(1) + " s · " + a.record.leads.length
      + " leads · " + a.record.fs + " Hz";
  drawPaper(a);
  renderQuality(a.quality);
  renderFacts(a);
  renderAnswers(a.tasks);
  renderGates(a.tasks, a.experts);
}

// ---- ECG paper ---------------------------------------------------------------------------------------------

function drawPaper(a) {
  const canvas = $("paper");
  const cssWidth = canvas.clientWidth || 1040;
  const ratio = window.devicePixelRatio || 1;
  const pxPerMm = (cssWidth / WIDTH_MM) * ratio;
  canvas.width = Math.round(WIDTH_MM * pxPerMm);
  canvas.height = Math.round(HEIGHT_MM * pxPerMm);
  const g = canvas.getContext("2d");
  g.setTransform(pxPerMm, 0, 0, pxPerMm, 0, 0);
  const px = 1 / pxPerMm;
  drawGrid(g, px);
  const byName = {};
  a.drawing.leads.forEach((l) => { byName[l.name] = l.mv; });
  const panels = [];
  LAYOUT.forEach((row, r) => row.forEach((lead, c) => {
    const x = LEFT + c * COL_S * MM_PER_S, y = TOP + r * ROW_H;
    panels.push(drawPanel(g, px, lead, byName[lead], a.drawing.fs, c * COL_S, COL_S, x, y, c > 0));
  }));
  const rhythm = drawPanel(g, px, RHYTHM, byName[RHYTHM], a.drawing.fs, 0, COLS * COL_S, LEFT, TOP + 3 * ROW_H, false);
  rhythm.rhythm = true;
  panels.push(rhythm);
  drawBeats(g, px, a.beats, a.drawing.seconds, TOP + 3 * ROW_H);
  for (let r = 0; r < 4; r++) drawCalibration(g, px, TOP + r * ROW_H + baselineOffset());
  // panel rectangles in canvas pixels, for tests and tools reading the drawing
  canvas.dataset.panels = JSON.stringify(panels.map((p) => ({
    lead: p.lead, rhythm: !!p.rhythm, drawn: p.drawn,
    x: Math.round(p.x * pxPerMm), y: Math.round(p.y * pxPerMm), w: Math.round(p.w * pxPerMm), h: Math.round(p.h * pxPerMm),
  })));
}

function baselineOffset() { return ROW_H * 0.55; }

function drawGrid(g, px) {
  g.fillStyle = COLOURS.paper;
  g.fillRect(0, 0, WIDTH_MM, HEIGHT_MM);
  const lines = (step, colour, width) => {
    g.strokeStyle = colour;
    g.lineWidth = width;
    g.beginPath();
    for (let x = 0; x <= WIDTH_MM + 1e-6; x += step) { g.moveTo(x, 0); g.lineTo(x, HEIGHT_MM); }
    for (let y = 0; y <= HEIGHT_MM + 1e-6; y += step) { g.moveTo(0, y); g.lineTo(WIDTH_MM, y); }
    g.stroke();
  };
  lines(1, COLOURS.fine, Math.max(px, 0.06));
  lines(5, COLOURS.bold, Math.max(1.6 * px, 0.14));
}

function drawPanel(g, px, lead, mv, fs, fromS, seconds, x, y, separator) {
  const w = seconds * MM_PER_S, base = y + baselineOffset();
  const panel = { lead: lead, x: x, y: y, w: w, h: ROW_H, drawn: false };
  g.fillStyle = COLOURS.label;
  g.font = "600 3.2px system-ui, sans-serif";
  g.fillText(lead, x + 1.2, y + 4.2);
  if (separator) {
    g.strokeStyle = COLOURS.label;
    g.lineWidth = Math.max(1.2 * px, 0.15);
    g.beginPath();
    g.moveTo(x, base - 3);
    g.lineTo(x, base + 3);
    g.stroke();
  }
  if (!mv) {
    g.fillStyle = COLOURS.label;
    g.font = "italic 3px system-ui, sans-serif";
    g.fillText("lead missing", x + 8, base);
    return panel;
  }
  const from = Math.round(fromS * fs), to = Math.min(mv.length, Math.round((fromS + seconds) * fs));
  if (to - from < 2) return panel;
  g.save();
  g.beginPath();
  g.rect(x + 0.3, 0, w - 0.3, HEIGHT_MM);
  g.clip();
  g.strokeStyle = COLOURS.trace;
  g.lineWidth = Math.max(1.4 * px, 0.22);
  g.lineJoin = "round";
  g.beginPath();
  for (let i = from; i < to; i++) {
    const tx = x + ((i - from) / fs) * MM_PER_S, ty = base - mv[i] * MM_PER_MV;
    if (i === from) g.moveTo(tx, ty); else g.lineTo(tx, ty);
  }
  g.stroke();
  g.restore();
  panel.drawn = true;
  return panel;
}

function drawCalibration(g, px, base) {
  // 1 mV for 200 ms: a pulse 10 mm high and 5 mm wide, in the margin before each row
  const x0 = 2;
  g.strokeStyle = COLOURS.trace;
  g.lineWidth = Math.max(1.4 * px, 0.22);
  g.beginPath();
  g.moveTo(x0, base);
  g.lineTo(x0 + 2, base);
  g.lineTo(x0 + 2, base - MM_PER_MV);
  g.lineTo(x0 + 7, base - MM_PER_MV);
  g.lineTo(x0 + 7, base);
  g.lineTo(x0 + 9, base);
  g.stroke();
}

function drawBeats(g, px, beats, seconds, rowTop) {
  g.fillStyle = COLOURS.beat;
  for (const b of beats.samples) {
    const t = b / beats.fs;
    if (t > seconds || t > COLS * COL_S) continue;
    const x = LEFT + t * MM_PER_S;
    g.beginPath();
    g.moveTo(x - 1.1, rowTop + 1.2);
    g.lineTo(x + 1.1, rowTop + 1.2);
    g.lineTo(x, rowTop + 3);
    g.closePath();
    g.fill();
  }
  if (beats.heart_rate_bpm) {
    g.fillStyle = COLOURS.label;
    g.font = "600 3px system-ui, sans-serif";
    g.textAlign = "right";
    g.fillText(beats.samples.length + " beats · " + Math.round(beats.heart_rate_bpm) + " bpm",
        LEFT + COLS * COL_S * MM_PER_S - 1, rowTop + ROW_H - 1.5);
    g.textAlign = "left";
  }
}

// ---- answers --------------------------------------------------------------------------------------------------

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderQuality(q) {
  const box = $("quality");
  box.className = "quality " + q.grade;
  box.replaceChildren();
  const title = { good: "Signal quality good", acceptable: "Check the signal: quality acceptable",
    poor: "Poor signal quality: do not trust these answers" }[q.grade] || ("Signal quality " + q.grade);
  box.appendChild(el("h2", "", title));
  if (q.reasons.length) {
    const ul = el("ul");
    q.reasons.forEach((r) => ul.appendChild(el("li", "", r)));
    box.appendChild(ul);
  }
  box.dataset.grade = q.grade;
  box.hidden = false;
}

function renderFacts(a) {
  const s = $("facts");
  s.replaceChildren(el("h2", "", "Record"));
  const dl = el("dl", "facts");
  const add = (k, v) => { dl.appendChild(el("dt", "", k)); dl.appendChild(el("dd", "", v)); };
  add("record", a.record.id);
  add("duration", a.record.seconds.toFixed(1) + " s at " + a.record.fs + " Hz");
  add("leads", a.record.leads.join(" "));
  add("beats", a.beats.samples.length + (a.beats.heart_rate_bpm ? " (" + Math.round(a.beats.heart_rate_bpm) + " bpm)" : ""));
  a.record.comments.filter((c) => /age|sex|rhythm|dx/i.test(c)).slice(0, 4).forEach((c) => {
    const i = c.indexOf(":");
    if (i > 0) add(c.slice(0, i).replace(/[#<>]/g, "").trim().toLowerCase(), c.slice(i + 1).trim());
  });
  s.appendChild(dl);
  s.hidden = false;
}

function number(v) { return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1); }

function renderAnswers(tasks) {
  const box = $("answers");
  box.replaceChildren();
  for (const t of tasks) {
    const d = el("div", "answer");
    d.dataset.task = t.name;
    d.appendChild(el("div", "task", t.name.replace(/_/g, " ")));
    const v = el("div", "value");
    if (t.class !== undefined) {
      v.textContent = t.class + " ";
      v.appendChild(el("span", "prob", Math.round(100 * t.probability) + " %"));
      const others = Object.entries(t.probabilities).filter(([c]) => c !== t.class).sort((x, y) => y[1] - x[1]).slice(0, 2);
      d.appendChild(v);
      if (others.length) d.appendChild(el("div", "others", "then " + others.map(([c, p]) => c + " " + Math.round(100 * p) + " %").join(", ")));
    } else {
      v.textContent = number(t.value) + " ";
      v.appendChild(el("span", "prob", t.unit));
      d.appendChild(v);
    }
    box.appendChild(d);
  }
  $("answers-card").hidden = false;
}

function renderGates(tasks, experts) {
  const box = $("gates");
  box.replaceChildren();
  for (const t of tasks) {
    const g = el("div", "gate");
    g.dataset.task = t.name;
    g.appendChild(el("h3", "", t.name.replace(/_/g, " ")));
    for (const e of experts) {
      const w = t.gate[e];
      const bar = el("div", "bar");
      bar.dataset.expert = e;
      bar.dataset.weight = String(w);
      bar.appendChild(el("span", "name", e));
      const track = el("span", "track");
      const fill = el("span", "fill");
      fill.style.display = "block";
      fill.style.width = (100 * w).toFixed(1) + "%";
      track.appendChild(fill);
      bar.appendChild(track);
      bar.appendChild(el("span", "pct", (100 * w).toFixed(1) + " %"));
      g.appendChild(bar);
    }
    box.appendChild(g);
  }
  $("gates-card").hidden = false;
}

// ---- input ----------------------------------------------------------------------------------------------------

function wire() {
  const drop = $("drop"), input = $("files");
  input.addEventListener("change", () => { $("example").value = ""; upload(Array.from(input.files)); });
  ["dragenter", "dragover"].forEach((k) => drop.addEventListener(k, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((k) => drop.addEventListener(k, (e) => { e.preventDefault(); drop.classList.remove("over"); }));
  drop.addEventListener("drop", (e) => upload(Array.from(e.dataTransfer.files)));
  window.addEventListener("resize", () => { if (last) drawPaper(last); else drawBlankPaper(); });
}

function drawBlankPaper() {
  const canvas = $("paper");
  const pxPerMm = ((canvas.clientWidth || 1040) / WIDTH_MM) * (window.devicePixelRatio || 1);
  canvas.width = Math.round(WIDTH_MM * pxPerMm);
  canvas.height = Math.round(HEIGHT_MM * pxPerMm);
  const g = canvas.getContext("2d");
  g.setTransform(pxPerMm, 0, 0, pxPerMm, 0, 0);
  drawGrid(g, 1 / pxPerMm);
}

wire();
drawBlankPaper();
loadModel();
loadExamples();
