/** Russian texts of the add-on shell: menu, common errors, «О программе». Domain texts live with their domain. */
export const ru = {
  menu: {
    about: 'О программе',
  },
  about: {
    title: 'О программе',
    tagline: 'Надстройка для координаторов образовательных кластеров',
    functions: 'Функции для формул',
  },
  errors: {
    internal: 'Что-то пошло не так. Данные не изменены. Попробуйте ещё раз; если ошибка повторится, сообщите координатору.',
    badRequest: 'Некорректный запрос от боковой панели',
    busy: 'Другое действие ещё выполняется. Подождите несколько секунд и повторите.',
    noDocument:
      'Кластер меняет таблицу только изнутри неё: откройте таблицу и запустите действие из меню «Расширения → Кластер». Ничего не изменено.',
    noSheet: (name: string) => `Лист «${name}» не найден`,
    emptySheet: (name: string) => `Лист «${name}» пуст`,
    userSheet: (taken: string, used: string) => `Лист «${taken}» создан не Кластером, и он не тронут: результат записан на лист «${used}».`,
    tooLarge: (cells: number, max: number) => `Слишком большой диапазон: ${cells} ячеек (не больше ${max})`,
    merged: (ranges: string) =>
      `На листе есть объединённые ячейки (${ranges}). Разъедините их: Формат → Объединить ячейки → Отменить объединение.`,
    /** The start of a message when an action failed for no reason the user can act on (and something stays changed). */
    failed: 'Что-то пошло не так, и действие прервано.',
    /** An action failed half-way and these changes could not be taken back: each says what and how to finish. */
    partly: (first: string, left: readonly string[]) => `${first} Не всё удалось вернуть как было: ${left.join('; ')}.`,
  },
  /** What an interrupted action left changed, and how to finish (parts of errors.partly). */
  changes: {
    created: (sheet: string) => `создан лист «${sheet}», заполненный не до конца — удалите его и запустите действие ещё раз`,
    rebuilt: (sheet: string) => `лист «${sheet}» перестроен не полностью — запустите действие ещё раз, и он будет построен заново`,
    cells: (sheet: string, range: string) =>
      `на листе «${sheet}» изменены ячейки ${range} — проверьте их (Правка → Отменить возвращает прежнее)`,
    columns: (sheet: string, range: string) => `на лист «${sheet}» вставлены столбцы ${range} — удалите их и запустите действие ещё раз`,
    rows: (sheet: string, range: string) => `на лист «${sheet}» дописаны строки ${range} — удалите их и запустите действие ещё раз`,
    protection: (sheet: string) =>
      `защита листа «${sheet}» обновлена не до конца — запустите действие ещё раз, и она будет поставлена заново`,
    marked: (sheet: string) => `лист «${sheet}» помечен как созданный Кластером — запустите действие ещё раз`,
    renamed: (old: string, name: string) => `лист «${old}» переименован в «${name}» — верните ему прежнее имя, если нужно`,
  },
  rub: {
    notNumber: (reason: string) => `Не число: ${reason}`,
  },
};

export type Messages = typeof ru;
