/**
 * Whether this server is the demo, and who one can sign in as. Asked once per page load: the
 * answer does not change while the server runs (outside the demo the address answers 404).
 */
import { useEffect, useState } from 'react';
import type { Role } from '@omringd/core';
import { getJson } from '../api.ts';

export type DemoPerson = {
  id: string;
  key: string;
  name: string;
  role: Role;
  about: { nl: string; en: string };
};
export type Demo = { demo: true; people: DemoPerson[] };

let asked: Promise<Demo | null> | undefined;

function askDemo(): Promise<Demo | null> {
  asked ??= getJson<Demo>('/api/v1/demo').then((r) => (r.ok ? r.value : null));
  return asked;
}

export function useDemo(): Demo | null {
  const [demo, setDemo] = useState<Demo | null>(null);
  useEffect(() => {
    let live = true;
    void askDemo().then((found) => {
      if (live) setDemo(found);
    });
    return () => {
      live = false;
    };
  }, []);
  return demo;
}

/** Where each kind of person starts their work. */
export function startPageOf(role: Role): string {
  switch (role) {
    case 'first_line':
    case 'reception':
    case 'expert':
      return '/aanmeldingen';
    case 'parent':
    case 'child':
      return '/ons-gezin';
    case 'supporter':
      return '/steun';
    case 'case_coordinator':
      return '/intake';
    case 'network_coordinator':
      return '/beheer/diensten';
    case 'administrator':
      return '/beheer';
  }
}
