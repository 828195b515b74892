/** The few calls the pages make, with errors as data the pages can translate. */
export type ApiError = {
  code: string;
  /** The precise cause, where the server knows it (its own message under errors.reasons). */
  reason?: string;
  message: string;
  fields?: { field: string; message: string; reason?: string }[];
};

export type {
  FacetCount,
  Legend,
  ServiceHitView as ServiceHit,
  ServiceSearchResponse as SearchResponse,
} from '@omringd/core/search-result';
import type { Legend } from '@omringd/core/search-result';

export type Phone = {
  number: string;
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
};

export type ServiceDetail = {
  id: string;
  name: string;
  alternateName: string | null;
  description: string;
  url: string | null;
  email: string | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  freeOfCharge: boolean | null;
  waitTime: string | null;
  /** Places free now, as the service's coordinator last set them. */
  capacity: { available: number; maximum?: number; unit: string; updated: string } | null;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  duringPregnancy: boolean;
  servesFlanders: boolean;
  servesBeyondProvince: boolean;
  areaProvinces: string[];
  areaMunicipalities: string[];
  termCodes: string[];
  legend: Legend[];
  languages: string[];
  source: string | null;
  lastModified: string;
  organization: { name: string; description: string; email: string | null; website: string | null };
  phones: Phone[];
  allPhones: Phone[];
  organizationPhones: Phone[];
  contacts: { name: string | null; title: string | null; email: string | null }[];
  schedules: {
    description: string | null;
    byday: string[] | null;
    opensAt: string | null;
    closesAt: string | null;
    dates: string[] | null;
    attendingType: string | null;
  }[];
  locations: {
    id: string;
    name: string;
    description: string | null;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    municipality: { nis: string; name: string | null } | null;
  }[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A read stopped because the page went away is no error; anything else still is. */
export function ignoreAbort(error: unknown): void {
  if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<Result<T>> {
  try {
    const response = await fetch(url, {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
    });
    const body = (await response.json()) as unknown;
    if (response.ok) return { ok: true, value: body as T };
    const error = (body as { error?: ApiError }).error;
    return { ok: false, error: error ?? { code: 'internal', message: response.statusText } };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, error: { code: 'network', message: String(error) } };
  }
}

let csrfToken: string | null = null;
/** The session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A state-changing call with a JSON body; the answer's CSRF token (after sign-in) is kept. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  /** keepalive: the request outlives the page (a save as the tab closes). */
  options: { keepalive?: boolean } = {},
): Promise<Result<T>> {
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      keepalive: options.keepalive === true,
    });
    const parsed = (await response.json()) as unknown;
    if (response.ok) {
      if (typeof parsed === 'object' && parsed !== null && 'csrfToken' in parsed) {
        const token = parsed.csrfToken;
        if (typeof token === 'string') setCsrfToken(token);
      }
      return { ok: true, value: parsed as T };
    }
    const error = (parsed as { error?: ApiError }).error;
    return { ok: false, error: error ?? { code: 'internal', message: response.statusText } };
  } catch (error) {
    return { ok: false, error: { code: 'network', message: String(error) } };
  }
}

/** Upload one file as the request body, its name in X-File-Name (URL-encoded). */
export async function sendFile<T>(url: string, file: File): Promise<Result<T>> {
  try {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': file.type === '' ? 'application/octet-stream' : file.type,
      'x-file-name': encodeURIComponent(file.name),
    };
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    const response = await fetch(url, { method: 'POST', headers, body: file });
    const parsed = (await response.json()) as unknown;
    if (response.ok) return { ok: true, value: parsed as T };
    const error = (parsed as { error?: ApiError }).error;
    return { ok: false, error: error ?? { code: 'internal', message: response.statusText } };
  } catch (error) {
    return { ok: false, error: { code: 'network', message: String(error) } };
  }
}
