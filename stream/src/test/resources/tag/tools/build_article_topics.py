#!/usr/bin/env python3
"""Builds tag/topics/scrapinghub-articles.tsv (id, url, title, body) from the Scrapinghub article-extraction
benchmark (MIT): body = ground-truth articleBody, title = the page's og:title (else <title>), newlines escaped
as \\n. Usage: build_article_topics.py DATASET_DIR OUT_TSV"""
import gzip, html, json, re, sys

src, out = sys.argv[1], sys.argv[2]
g = json.load(open(src + '/ground-truth.json', encoding='utf-8'))

def title(page):
    q = r'(?:"([^"]*)"|\'([^\']*)\')'
    for pat in (r'<meta[^>]*property=["\']og:title["\'][^>]*content=' + q,
                r'<meta[^>]*content=' + q + r'[^>]*property=["\']og:title["\']',
                r'<title[^>]*>([^<]*)()</title>'):
        m = re.search(pat, page, re.I)
        t = m and (m.group(1) or m.group(2) or '').strip()
        if t:
            return ' '.join(html.unescape(t).split())
    return ''

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', ' ').replace('\r', '').replace('\n', '\\n')

with open(out, 'w', encoding='utf-8') as f:
    f.write('# id\turl\ttitle\tbody (\\n escaped); Scrapinghub article-extraction benchmark, MIT; see SOURCE.md\n')
    for k in sorted(g):
        page = gzip.open('%s/html/%s.html.gz' % (src, k), 'rt', encoding='utf-8', errors='replace').read()
        f.write('\t'.join([k, g[k]['url'], esc(title(page)), esc(g[k]['articleBody'])]) + '\n')
