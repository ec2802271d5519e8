import { describe, expect, it } from 'vitest';
import { clientCertWall } from '../../src/probes/util.js';

// QA43 sweep2 R2: the page probes took any 400 page quoting nginx's phrase for a mutual-TLS wall; only nginx's own short
// error page, which says it in its title, is one.
const PAD = '<!-- a padding to disable MSIE and Chrome friendly error page -->\n'.repeat(6);
const NGINX = `<html>\r\n<head><title>400 No required SSL certificate was sent</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>No required SSL certificate was sent</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n${PAD}`;
const at = (status: number, body: string) => clientCertWall({ status, url: 'https://127.0.0.1:8443/', body });

describe('clientCertWall', () => {
  it('recognises nginx\'s 400 page for ssl_verify_client (and its certificate-error page)', () => {
    expect(at(400, NGINX)).toMatch(/requires a client certificate \(mutual TLS\)/);
    expect(at(400, NGINX.replaceAll('No required SSL certificate was sent', 'The SSL certificate error'))).toMatch(/mutual TLS/);
  });
  it('does not take an application\'s page quoting the phrase for one', () => {
    const faq = '<html><head><title>Help: client certificates</title></head><body><p>If you see "No required SSL certificate was sent", install the certificate.</p></body></html>';
    expect(at(400, faq)).toBeUndefined();
    expect(at(200, NGINX)).toBeUndefined();
    expect(at(400, NGINX + 'x'.repeat(5000))).toBeUndefined();
  });
});
