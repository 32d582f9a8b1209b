/** Developer metadata on a sheet or on the spreadsheet, and the finder that searches it. */
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { SERVICE } from './instrument';
import type { MetadataEntry } from './workbook';

/** Where an entry lives: the owning list (to remove from) and its location type. */
export interface MetadataHome {
  list: () => MetadataEntry[];
  locationType: 'SPREADSHEET' | 'SHEET';
}

export class DeveloperMetadataImpl {
  readonly [SERVICE] = 'DeveloperMetadata';

  constructor(
    readonly entry: MetadataEntry,
    readonly home: MetadataHome,
  ) {}

  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  getVisibility(): string {
    return DeveloperMetadataVisibility.DOCUMENT;
  }
  setKey(key: string): DeveloperMetadataImpl {
    this.entry.key = String(key);
    return this;
  }
  setValue(value: string): DeveloperMetadataImpl {
    this.entry.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  remove(): void {
    const list = this.home.list();
    const i = list.indexOf(this.entry);
    if (i >= 0) list.splice(i, 1);
  }
  /** Location type only (SPREADSHEET or SHEET); the location object itself is not modelled. */
  getLocationType(): string {
    return DeveloperMetadataLocationType[this.home.locationType];
  }
}

export class DeveloperMetadataFinderImpl {
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  private readonly filters: ((m: DeveloperMetadataImpl) => boolean)[] = [];

  constructor(private readonly source: () => DeveloperMetadataImpl[]) {}

  withKey(key: string): DeveloperMetadataFinderImpl {
    this.filters.push((m) => m.entry.key === key);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinderImpl {
    this.filters.push((m) => m.entry.value === value);
    return this;
  }
  withId(id: number): DeveloperMetadataFinderImpl {
    this.filters.push((m) => m.entry.id === id);
    return this;
  }
  find(): DeveloperMetadataImpl[] {
    return this.source().filter((m) => this.filters.every((f) => f(m)));
  }
}

/** Metadata objects for every entry of a list. */
export function metadataOf(home: MetadataHome): DeveloperMetadataImpl[] {
  return home.list().map((entry) => new DeveloperMetadataImpl(entry, home));
}
