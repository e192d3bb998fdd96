// Test helper: run the built CLI's main() in this process, then print this process's whole CPU time (node
// start-up included, user + system, in ms) as the last stderr line. CPU time, unlike wall time, does not
// grow when other work shares the machine, so a start-up budget can be tested without flakiness.
const { main } = require('../dist/main.js');
main(process.argv.slice(2)).then((code) => {
  const u = process.cpuUsage();
  process.stderr.write(`cpu_ms=${((u.user + u.system) / 1000).toFixed(1)}\n`);
  process.exitCode = code;
});
