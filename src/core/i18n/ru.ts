/** Russian texts of the add-on shell: menu, common errors, «О программе». Domain texts live with their domain. */
export const ru = {
  menu: {
    plan: 'Календарный план…',
    buildCalendar: 'Построить календарь',
    monthAgenda: 'План на месяц',
    about: 'О программе',
  },
  about: {
    title: 'О программе',
    tagline: 'Надстройка для координаторов образовательных кластеров',
    jobs: [
      'Календарные планы: сроки как в Word, проверка, календарь и план на месяц.',
      'Ответственные: сверка с реестром, опечатки, нагрузка.',
      'Бюджет: проверка «Всего» и «Итого», свод по годам и источникам.',
      'Чек-листы: листы школ, раунды мониторинга, сводка и аналитическая справка.',
    ],
    functions: 'Функции для формул',
  },
  errors: {
    internal: 'Что-то пошло не так. Данные не изменены. Попробуйте ещё раз; если ошибка повторится, сообщите координатору.',
    badRequest: 'Некорректный запрос от боковой панели',
    busy: 'Другое действие ещё выполняется. Подождите несколько секунд и повторите.',
    noSheet: (name: string) => `Лист «${name}» не найден`,
    emptySheet: (name: string) => `Лист «${name}» пуст`,
    userSheet: (taken: string, used: string) => `Лист «${taken}» создан не Кластером, и он не тронут: результат записан на лист «${used}».`,
    tooLarge: (cells: number, max: number) => `Слишком большой диапазон: ${cells} ячеек (не больше ${max})`,
    merged: (ranges: string) => `На листе есть объединённые ячейки (${ranges}). Разъедините их: Формат → Объединить ячейки → Отменить объединение.`,
  },
  plan: {
    sidebarTitle: 'Календарный план',
    calendarSheet: 'Календарь',
    agendaSheet: 'План на месяц',
    noPlans: 'В таблице не найден ни один календарный план: нет листа со столбцами «Мероприятие» и «Сроки».',
    calendarBuilt: (rows: number, months: number, source: string) => `Календарь построен по листу «${source}»: ${rows} мероприятий, ${months} мес.`,
    agendaBuilt: (title: string, rows: number) => `${title}: ${rows} мероприятий.`,
  },
  rub: {
    notNumber: (reason: string) => `Не число: ${reason}`,
  },
};

export type Messages = typeof ru;
