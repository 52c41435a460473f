import { ApiError, UnreachableError, addArticles } from '../api/client.js';
import type { AddArticlesResult, NewArticle } from '../api/types.js';
import { byId } from './dom.js';

/** Reads dropped or chosen files into articles: .json (object, array or {articles}), .jsonl, or plain text. */
export async function articlesFromFiles(files: File[]): Promise<NewArticle[]> {
  const out: NewArticle[] = [];
  for (const file of files) {
    const text = await file.text();
    const name = file.name.replace(/\.[^.]+$/, '');
    if (/\.jsonl$/i.test(file.name)) {
      for (const line of text.split(/\r?\n/)) if (line.trim()) out.push(toArticle(JSON.parse(line), name));
    } else if (/\.json$/i.test(file.name)) {
      const data = JSON.parse(text) as unknown;
      const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles) ? (data as { articles: unknown[] }).articles : [data];
      for (const item of list) out.push(toArticle(item, name));
    } else {
      out.push(textArticle(text, name));
    }
  }
  return out;
}

function toArticle(value: unknown, fallbackTitle: string): NewArticle {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  return { title: str(v.title) ?? fallbackTitle, text: str(v.text) ?? '', publisher: str(v.publisher), published: str(v.published) };
}

/** A plain-text file: a short first line is the title, else the file name is. */
function textArticle(text: string, name: string): NewArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0]?.trim() ?? '';
  if (first && first.length <= 200 && lines.length > 2) return { title: first, text: lines.slice(1).join('\n').trim() };
  return { title: name, text };
}

/** The "Add articles" dialog: paste one article or drop files; posts them and hands the result on. */
export class AddArticlesDialog {
  private readonly dialog = byId<HTMLDialogElement>('add-dialog');
  private readonly form = byId<HTMLFormElement>('add-form');
  private readonly message = byId('add-message');

  constructor(private readonly added: (result: AddArticlesResult) => Promise<void>) {
    byId('add-open').addEventListener('click', () => this.open());
    byId('add-cancel').addEventListener('click', () => this.dialog.close());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submitPasted();
    });
    const drop = byId('dropzone');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.submitFiles([...(e.dataTransfer?.files ?? [])]);
    });
    const input = byId<HTMLInputElement>('file-input');
    input.addEventListener('change', () => {
      void this.submitFiles([...(input.files ?? [])]);
      input.value = '';
    });
  }

  open(): void {
    this.message.textContent = '';
    this.dialog.showModal();
    (this.form.elements.namedItem('title') as HTMLInputElement).focus();
  }

  private async submitPasted(): Promise<void> {
    const field = (name: string) => ((this.form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value ?? '').trim();
    const article: NewArticle = { title: field('title'), text: field('text'), publisher: field('publisher') || null, published: field('published') || null };
    if (!article.text) {
      this.message.textContent = 'Paste the article text first.';
      return;
    }
    if (!article.title) article.title = article.text.slice(0, 80);
    await this.send([article]);
  }

  private async submitFiles(files: File[]): Promise<void> {
    if (!files.length) return;
    let articles: NewArticle[];
    try {
      articles = await articlesFromFiles(files);
    } catch (err) {
      this.message.textContent = `Could not read the files: ${err instanceof Error ? err.message : String(err)}`;
      return;
    }
    await this.send(articles);
  }

  private async send(articles: NewArticle[]): Promise<void> {
    const submit = byId<HTMLButtonElement>('add-submit');
    submit.disabled = true;
    this.message.textContent = `Adding ${articles.length === 1 ? 'the article' : `${articles.length} articles`}…`;
    try {
      const result = await addArticles(articles);
      this.form.reset();
      this.dialog.close();
      await this.added(result);
    } catch (err) {
      this.message.textContent = err instanceof ApiError ? `The server refused it: ${err.message}`
        : err instanceof UnreachableError ? 'The server could not be reached.' : `Something went wrong: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      submit.disabled = false;
    }
  }
}
