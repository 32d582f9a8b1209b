import { describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

describe('PropertiesService', () => {
  it('document properties live in the workbook', () => {
    const env = sampleEnvironment();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('settings', JSON.stringify({ year: 2022 }));
    props.setProperties({ a: '1', b: '2' });
    expect(env.workbook.documentProperties).toEqual({ settings: '{"year":2022}', a: '1', b: '2' });
    expect(props.getProperty('нет')).toBeNull();
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'settings']);
    props.deleteProperty('a');
    props.setProperties({ c: '3' }, true);
    expect(env.globals.PropertiesService.getDocumentProperties().getProperties()).toEqual({ c: '3' });
    props.deleteAllProperties();
    expect(env.workbook.documentProperties).toEqual({});
  });

  it('user and script stores are separate; values over 9 kB are refused', () => {
    const env = sampleEnvironment({ userProperties: { lang: 'ru' } });
    const user = env.globals.PropertiesService.getUserProperties();
    env.globals.PropertiesService.getScriptProperties().setProperty('k', 'v');
    expect(user.getProperties()).toEqual({ lang: 'ru' });
    expect(() => user.setProperty('big', 'я'.repeat(5000))).toThrow('Argument too large: value');
  });
});

describe('LockService', () => {
  it('a lock held by another Lock object cannot be taken', () => {
    const { LockService } = sampleEnvironment().globals;
    const first = LockService.getDocumentLock();
    expect(first.tryLock(10_000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(LockService.getDocumentLock().tryLock(10_000)).toBe(false);
    expect(LockService.getScriptLock().tryLock(1)).toBe(true);
    expect(() => LockService.getDocumentLock().waitLock(100)).toThrow(/Lock timeout/);
    first.releaseLock();
    expect(first.hasLock()).toBe(false);
    expect(LockService.getDocumentLock().tryLock(1)).toBe(true);
  });

  it('getDocumentLock() is null outside a containing document (a standalone script, a web app), as documented', () => {
    const { LockService } = sampleEnvironment({ outsideDocument: true }).globals;
    expect(LockService.getDocumentLock()).toBeNull();
    expect(LockService.getScriptLock().tryLock(1)).toBe(true);
  });
});

describe('CacheService', () => {
  it('expires entries on the session clock', () => {
    let now = new Date(2022, 8, 26, 10, 0, 0);
    const cache = sampleEnvironment({ now: () => now }).globals.CacheService.getDocumentCache()!;
    cache.put('roster', '["Иванова"]', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('roster')).toBe('["Иванова"]');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    now = new Date(2022, 8, 26, 10, 1, 1);
    expect(cache.get('roster')).toBeNull();
    cache.removeAll(['a']);
    cache.remove('b');
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });
});

describe('Session, Utilities, Logger', () => {
  it('Session reports the configured user and locale', () => {
    const { Session } = sampleEnvironment({ userEmail: 'zav@school.ru', locale: 'en' }).globals;
    expect(Session.getActiveUser().getEmail()).toBe('zav@school.ru');
    expect(Session.getEffectiveUser().getEmail()).toBe('zav@school.ru');
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(sampleEnvironment().globals.Session.getActiveUserLocale()).toBe('ru');
  });

  it('Utilities.formatDate handles the usual patterns and other time zones', () => {
    const { Utilities } = sampleEnvironment().globals;
    const d = new Date(2022, 8, 26, 9, 5, 7);
    expect(Utilities.formatDate(d, 'Europe/Moscow', 'dd.MM.yyyy HH:mm:ss')).toBe('26.09.2022 09:05:07');
    expect(Utilities.formatDate(d, 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm")).toBe('2022-09-26T09:05');
    const utc = new Date(Date.UTC(2022, 8, 26, 21, 30));
    expect(Utilities.formatDate(utc, 'Asia/Vladivostok', 'dd.MM.yy HH:mm')).toBe('27.09.22 07:30');
    expect(() => Utilities.formatDate(d, 'Europe/Moscow', 'MMMM')).toThrow(/не поддерживает «MMMM»/);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('Logger and console output is recorded', () => {
    const env = sampleEnvironment();
    env.globals.Logger.log('Школ: %s', 3);
    env.globals.console.error('сбой');
    expect(env.logs).toEqual([
      { level: 'log', message: 'Школ: 3' },
      { level: 'error', message: 'сбой' },
    ]);
  });
});
