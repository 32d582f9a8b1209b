/** Shared sample data for the emulator tests: a small cluster plan with Russian text. */
import { createEnvironment, type EnvironmentOptions } from '../../../src/local/emulator/services';
import { workbookFromSpec } from '../../../src/local/xlsx';

export function sampleWorkbook() {
  return workbookFromSpec({
    name: 'Кластер — план',
    sheets: [
      {
        name: 'План',
        rows: [
          ['Школа', 'Мероприятие', 'Сроки', 'Дата', 'Сумма'],
          ['МБОУ СОШ №1', 'Педсовет', 'До 26.09.2022', new Date(2022, 8, 26), 1500.5],
          ['МБОУ Гимназия №2', 'Олимпиада', 'Октябрь 2022', new Date(2022, 9, 14), 0],
          ['МАОУ Лицей №3', 'Семинар', 'В течение года', '', 12000],
        ],
        numberFormats: { E2: '#,##0.00' },
      },
      { name: 'Лист 2', rows: [] },
    ],
  });
}

/** Host-realm services over the sample workbook. */
export function sampleEnvironment(options: Partial<EnvironmentOptions> = {}) {
  return createEnvironment({ workbook: sampleWorkbook(), ...options });
}
