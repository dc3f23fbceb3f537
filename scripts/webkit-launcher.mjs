// WebKit for @web/test-runner from Debian's packages (webkit2gtk-driver, xvfb): WebKitGTK's
// MiniBrowser has no headless mode, so this launcher starts a virtual X display, then
// WebKitWebDriver on a free port with that display, and drives MiniBrowser over WebDriver.
// Both processes are stopped with the runner.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findMiniBrowser } from './browser.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

/** Starts Xvfb and resolves with its display number, read from `-displayfd`. */
function startDisplay() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (data) => resolve({ xvfb, display: `:${String(data).trim()}` }));
  });
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 4444, logLevel: 'error', capabilities: {} });
    this.processes = [];
  }

  async initialize(config) {
    const binary = findMiniBrowser();
    if (!binary)
      throw new Error('No WebKitGTK MiniBrowser: apt-get install webkit2gtk-driver xvfb');
    const { xvfb, display } = await startDisplay();
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.processes.push(driver, xvfb);
    await waitForPort(port);
    this.options.port = port;
    this.options.capabilities = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    };
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.processes) child.kill();
    this.processes = [];
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
