// Click (or Enter on) a highlighted quotation to see its cue, mention, medium, confidence and evidence.
document.addEventListener("DOMContentLoaded", () => {
  const show = (mark) => {
    document.querySelectorAll("dl.qd").forEach((d) => { d.hidden = true; });
    document.querySelectorAll("mark.q.active").forEach((m) => m.classList.remove("active"));
    const details = document.getElementById("qd-" + mark.dataset.q);
    if (details) { details.hidden = false; }
    mark.classList.add("active");
    const hint = document.querySelector("#details .hint");
    if (hint) { hint.hidden = true; }
  };
  document.querySelectorAll("mark.q").forEach((mark) => {
    mark.addEventListener("click", () => show(mark));
    mark.addEventListener("keydown", (e) => { if (e.key === "Enter") { show(mark); } });
  });
  if (location.hash.startsWith("#q")) {
    const target = document.getElementById(location.hash.slice(1));
    if (target && target.matches("mark.q")) { show(target); target.scrollIntoView({ block: "center" }); }
  }
});
