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
    noDocument: 'Кластер меняет таблицу только изнутри неё: откройте таблицу и запустите действие из меню «Расширения → Кластер». Ничего не изменено.',
    noSheet: (name: string) => `Лист «${name}» не найден`,
    emptySheet: (name: string) => `Лист «${name}» пуст`,
    userSheet: (taken: string, used: string) => `Лист «${taken}» создан не Кластером, и он не тронут: результат записан на лист «${used}».`,
    tooLarge: (cells: number, max: number) => `Слишком большой диапазон: ${cells} ячеек (не больше ${max})`,
    merged: (ranges: string) => `На листе есть объединённые ячейки (${ranges}). Разъедините их: Формат → Объединить ячейки → Отменить объединение.`,
  },
  rub: {
    notNumber: (reason: string) => `Не число: ${reason}`,
  },
};

export type Messages = typeof ru;
