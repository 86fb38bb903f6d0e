"""Adds messages to both catalogues at once, so neither language can miss a key.

usage: python3 add-messages.py key "English text" "繁體中文" [key "English" "繁體中文" ...]
"""
import json
import sys
from pathlib import Path

here = Path(__file__).parent / 'messages'
args = sys.argv[1:]
if not args or len(args) % 3:
    sys.exit(__doc__)
files = {'en': here / 'en.json', 'zh': here / 'zh-hant.json'}
data = {k: json.loads(p.read_text(encoding='utf-8')) for k, p in files.items()}
for i in range(0, len(args), 3):
    key, en, zh = args[i:i + 3]
    data['en'][key], data['zh'][key] = en, zh
for k, p in files.items():
    p.write_text(json.dumps(data[k], ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
