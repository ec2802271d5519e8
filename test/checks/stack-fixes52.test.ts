import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import type { CheckDef } from '../../src/checks/define.js';

const GO = `package main

import (
	"crypto/tls"
	"net/http"

	"github.com/gorilla/handlers"
)

func main() {
	cfg := &tls.Config{MinVersion: tls.VersionTLS10}
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "x", HttpOnly: true, Secure: false})
	})
	h := handlers.CORS(handlers.AllowedOrigins([]string{"*"}))(http.DefaultServeMux)
	srv := &http.Server{Addr: ":8443", TLSConfig: cfg, Handler: h}
	srv.ListenAndServeTLS("c.pem", "k.pem")
}
`;
const FILES = {
  'go/server.go': GO,
  'rs/Cargo.toml': '[package]\nname = "s"\nversion = "0.1.0"\n[dependencies]\nactix-session = "0.9"\n',
  'rs/src/main.rs': 'use actix_session::{SessionMiddleware, storage::CookieSessionStore};\nfn build() {\n    let m = SessionMiddleware::builder(CookieSessionStore::default(), key())\n        .cookie_secure(false)\n        .build();\n}\n',
  'ex/endpoint.ex': 'defmodule ShopWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :shop\n  @session_options [store: :cookie, key: "_k", signing_salt: "a", secure: false]\n  plug Plug.Session, @session_options\nend\n',
  'java/Tls.java': 'import javax.net.ssl.SSLContext;\npublic class Tls {\n    public static SSLContext ctx() throws Exception {\n        return SSLContext.getInstance("TLSv1");\n    }\n}\n',
};
const fixes = async (check: CheckDef) => {
  const out = await runCase(check, { name: 'stack52', files: FILES });
  expect(out.error).toBeUndefined();
  return Object.fromEntries(out.findings.filter((f) => !f.note).map((f) => [f.file, f.fix]));
};

// QA 52 (polyglot D10): a cors-wildcard, cookie-flags or tls-protocols-config finding in a Go, Rust, Elixir or Java file gets its
// stack's fix, not the Python/Node/nginx text of the check's generic one.
it('cors-wildcard: gorilla AllowedOrigins("*") gets the Go fix', async () => {
  const f = await fixes(corsWildcard);
  expect(f['go/server.go']).toMatch(/gorilla `handlers\.AllowedOrigins\(\[\]string\{"https:\/\/app\.example\.com"\}\)`/);
  expect(f['go/server.go']).not.toMatch(/allow_origins|rack-cors/);
});

it('cookie-flags: Go http.Cookie, actix-session and Plug.Session get their own fixes', async () => {
  const f = await fixes(cookieFlags);
  expect(f['go/server.go']).toMatch(/http\.Cookie\{Secure: true, HttpOnly: true/);
  expect(f['rs/src/main.rs']).toMatch(/actix-session `\.cookie_secure\(true\)`/);
  expect(f['ex/endpoint.ex']).toMatch(/`secure: true`.*Plug\.Session/);
  for (const x of Object.values(f)) expect(x).not.toMatch(/SESSION_COOKIE_SECURE = True|httpOnly: true \}/);
});

it('tls-protocols-config: Go MinVersion and Java SSLContext get their own fixes', async () => {
  const f = await fixes(tlsProtocolsConfig);
  expect(f['go/server.go']).toMatch(/MinVersion: tls\.VersionTLS12/);
  expect(f['java/Tls.java']).toMatch(/SSLContext\.getInstance\("TLSv1\.3"\)` \(or `"TLS"`.*setEnabledProtocols/);
  for (const x of Object.values(f)) expect(x).not.toMatch(/ssl_protocols TLSv1\.2 TLSv1\.3;/);
});

it('the rules\' own fixes (SARIF help) name the other stacks too; a finding outside a code file keeps the rule\'s fix', async () => {
  expect(corsWildcard.docs.fix).toMatch(/Go `AllowedOrigins/);
  expect(cookieFlags.docs.fix).toMatch(/Go `http\.Cookie\{Secure: true, HttpOnly: true\}`.*Plug\.Session `secure: true`/);
  expect(tlsProtocolsConfig.docs.fix).toMatch(/Go `MinVersion: tls\.VersionTLS12`.*Java `SSLContext\.getInstance\("TLSv1\.3"\)`/);
  const out = await runCase(tlsProtocolsConfig, { name: 'nginx52', files: { 'nginx.conf': 'events {}\nhttp {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n  }\n}\n' } });
  expect(out.findings.filter((f) => !f.note).map((f) => f.fix)).toEqual([undefined]);
});
