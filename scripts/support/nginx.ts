// nginx for the benchmark and the load test: a throwaway configuration in a temporary folder
// (its own pid, logs and caches), serving a given server block; and deploy/nginx.conf, the
// production recipe, with its ports and cache folder rewritten for loopback.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function startNginx(dir: string, serverBlock: string, port: number) {
  await mkdir(path.join(dir, 'cache'), { recursive: true });
  // As root nginx would run its workers as another user, who may not write to this private folder.
  const config = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${serverBlock}
}`;
  await writeFile(path.join(dir, 'nginx.conf'), config);
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

export async function proxyServerBlock(options: { upstreamPort: number; listenPort: number; cacheDir: string }): Promise<string> {
  const template = await readFile('deploy/nginx.conf', 'utf8');
  return template
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${options.upstreamPort};`)
    .replace('/var/cache/nginx/registry', options.cacheDir)
    .replace(/listen 80;/, `listen 127.0.0.1:${options.listenPort};`);
}
