// Saves a blob under a file name through a temporary link: the browser's own download, no server.
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file-name-safe stamp of now, e.g. 2014-04-01T10-30. */
export const stamp = (): string => new Date().toISOString().slice(0, 16).replace(':', '-');
