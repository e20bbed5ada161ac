import { ApiError, looksLikeProblem } from "./client";

/** Where the Anlagen of one record are: the upload (its names in the query) and each file. */
export interface AttachmentPaths {
  /** The upload's address, the file's name (and its shown name) in the query. */
  upload: (query: { fileName: string; name?: string }) => string;
  /** One file's address to download. */
  file: (fileId: string) => string;
  /** One file's address to remove (DELETE). */
  remove: (fileId: string) => string;
}

/**
 * Sends one file as the request body (its type the Content-Type, its name in the query) and
 * reports how much has gone out; a refusal throws ApiError with the problem (field errors).
 * XMLHttpRequest rather than fetch: only it tells the progress of an upload.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  language: string,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1${path}`);
    request.withCredentials = true;
    request.setRequestHeader("accept", "application/json");
    request.setRequestHeader("accept-language", language);
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let payload: unknown = null;
      try {
        payload = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        payload = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(payload as T);
      else reject(new ApiError(request.status, looksLikeProblem(payload) ? payload : null));
    };
    request.onerror = () => reject(new ApiError(0, null));
    request.send(file);
  });
}
