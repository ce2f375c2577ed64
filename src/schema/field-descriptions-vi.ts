/**
 * The descriptions of the required fields of the catalog and reform schemas
 * (schemas/catalog.schema.json, schemas/reform.schema.json), in Vietnamese, by their English
 * text: the hint of MISSING_FIELD gives the field's description ("Add `form`: paper | card |
 * electronic | data."), and the Vietnamese hint gives it in Vietnamese.
 */
export const FIELD_DESCRIPTIONS_VI: Readonly<Record<string, string>> = {
  // provinces
  'Short uppercase code, unique in the catalog.': 'Mã ngắn viết hoa, không trùng trong danh mục.',
  'Vietnamese name, e.g. Hà Nội.': 'Tên tiếng Việt, ví dụ Hà Nội.',
  // documents, data sources, procedures
  'Vietnamese name.': 'Tên tiếng Việt.',
  'Unique kebab-case id, e.g. so-ho-khau.': 'Mã duy nhất viết thường, nối bằng dấu gạch ngang, ví dụ so-ho-khau.',
  'paper | card | electronic | data.': 'Một trong paper (giấy), card (thẻ), electronic (điện tử), data (dữ liệu).',
  'Unique kebab-case id, e.g. csdlqg-dan-cu.': 'Mã duy nhất viết thường, nối bằng dấu gạch ngang, ví dụ csdlqg-dan-cu.',
  'Document ids whose information a lookup yields.': 'Mã các giấy tờ mà việc tra cứu cho biết thông tin.',
  // legal documents and their amendments
  'Unique kebab-case id, e.g. nd-104-2022.': 'Mã duy nhất viết thường, nối bằng dấu gạch ngang, ví dụ nd-104-2022.',
  'Official number (số ký hiệu), e.g. 104/2022/NĐ-CP. Compared after NFC, case folding and NĐ/ND equivalence.':
    'Số ký hiệu chính thức, ví dụ 104/2022/NĐ-CP. Được so sánh sau khi chuẩn hóa NFC, không phân biệt chữ hoa chữ thường, coi NĐ và ND là một.',
  'Kind of legal document.': 'Loại văn bản pháp luật.',
  'The legal document, by its id (nd-104-2022) or its number (104/2022/NĐ-CP).': 'Văn bản pháp luật, theo mã (nd-104-2022) hoặc số hiệu (104/2022/NĐ-CP).',
  'Id of the required document the change applies to.': 'Mã của giấy tờ được yêu cầu mà thay đổi áp dụng cho.',
  // procedures
  'National code such as "1.001193" (quote it in YAML), or a visibly local code such as qd06-14, with no space, tab or line break before or after it. Unique.':
    'Mã quốc gia như "1.001193" (đặt trong dấu nháy trong YAML), hoặc một mã rõ là của địa phương như qd06-14, không có dấu cách, tab hay xuống dòng ở đầu hoặc cuối. Không được trùng.',
  'One or more of trung-uong, tinh, huyen, xa. Any provincial level makes it evaluated per province.':
    'Một hoặc nhiều cấp trong trung-uong, tinh, huyen, xa. Có cấp địa phương (tinh, huyen, xa) thì thủ tục được đánh giá theo từng tỉnh.',
  'Id of the required document.': 'Mã của giấy tờ được yêu cầu.',
  // catalog settings
  'Name of the catalog.': 'Tên của danh mục.',
  'What the figure counts, in words.': 'Con số đếm những gì, diễn đạt bằng lời.',
  'The published figure.': 'Con số đã công bố.',
  'legal-requiring: legal documents cited as the basis of a requirement for one of `documents`; legal-amended-by: legal documents amended by `legal`; procedures-requiring: procedures with a requirement for one of `documents`; essential-procedures: procedures marked essential.':
    'legal-requiring: các văn bản pháp luật được viện dẫn làm căn cứ của một yêu cầu về một trong `documents`; legal-amended-by: các văn bản pháp luật bị `legal` sửa đổi; procedures-requiring: các thủ tục có yêu cầu về một trong `documents`; essential-procedures: các thủ tục được đánh dấu là thiết yếu.',
  // reform connections
  'Id of a data source of the catalog.': 'Mã một nguồn dữ liệu của danh mục.',
  'Code of a province of the catalog.': 'Mã một tỉnh của danh mục.',
  'First day the lookup works in that province (YYYY-MM-DD). An earlier date already in the catalog is kept.':
    'Ngày đầu tiên tra cứu được ở tỉnh đó (YYYY-MM-DD). Nếu danh mục đã có một ngày sớm hơn thì giữ ngày đó.',
};
