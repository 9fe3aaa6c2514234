/**
 * Word lists the extractor relies on. They describe Vietnamese news style in
 * general (titles, surnames, place words, verbs that end an apposition), not
 * any particular article. All entries are written naturally here and turned
 * into comparison keys by `tokens.ts#keyOf`.
 */

/**
 * Common Vietnamese surnames, Kinh and ethnic-minority. Tier 2 are frequent
 * enough that a capitalised run starting with one is very likely a name.
 */
export const SURNAMES_COMMON = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trương", "Lương", "Mai", "Trịnh", "Đào", "Cao",
  "Lâm", "Phùng", "Tạ", "Hà", "Tô", "Chu", "Lưu", "Vương", "Thái", "Tăng", "Triệu", "Quách",
  "Nông", "Lò", "Vừ", "Giàng", "Sùng", "Thào", "Lầu", "Mùa", "Hầu", "Tòng", "Quàng", "Lường",
  "Cầm", "Vi", "Lục", "Ma", "Bế", "Đàm", "Tống", "Kiều", "Khúc", "Nghiêm", "La", "Lại", "Doãn",
  "Hứa", "Giáp", "Thân", "Tôn", "Từ", "Ninh", "Lã", "Mạc", "Ly", "Chẩu", "Vàng", "Sần", "Tẩn",
];

/** Rarer surnames: still accepted, with less weight. */
export const SURNAMES_RARE = [
  "Khổng", "Âu", "Châu", "Kim", "Lạc", "Phí", "Quan", "Sầm", "Thạch", "Thiều", "Tiêu", "Trà",
  "Ưng", "Yên", "Chảo", "Lù", "Pờ", "Chang", "Sìn", "Cứ", "Hờ", "Củng", "Tráng", "Dìu", "Bàn",
  "Đèo", "Điêu", "Lộc", "Mông", "Nịnh", "Lỳ", "Khoàng", "Phàn", "Sình", "Sủng", "Mã", "Kha",
  "Lành", "Y", "Ksor", "Siu", "Nay", "Rơ", "Rah", "Kpă", "Niê", "Danh", "Sơn", "Chau", "Cù",
  "Văn", "Diệp", "Bạch", "Bành", "Cung", "Đồng", "Giang", "Hàn", "Khương", "Mẫn", "Nhữ", "Tào",
  "Trình", "Lữ", "Ôn", "Tiết", "Nhan", "Đới", "Hạng", "Vì", "Lềnh", "Chìu", "Hảng", "Ka", "Lô",
  "Kơ", "Ya", "Bờ", "Ra", "Liêng", "Mơ", "Bạc",
];

/** Second syllables that strongly mark a personal name ("Lò Văn …", "Vừ Thị …", "Giàng A …"). */
export const NAME_MIDDLES = ["Văn", "Thị", "A", "Seo", "Mí", "Sử"];

/**
 * Names of places, countries and organisations that look like personal names
 * (capitalised syllables, sometimes a surname first). Stripped from the start
 * of a capitalised run so "Tỉnh ủy Lai Châu Nguyễn Văn A" finds the person.
 */
export const PLACE_NAMES = [
  // provinces and cities after the 2025 reform
  "Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Lai Châu", "Điện Biên",
  "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang",
  "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
  "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh",
  "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
  // provinces before the reform (still named in history and in people's titles)
  "Hà Giang", "Yên Bái", "Bắc Kạn", "Bắc Giang", "Vĩnh Phúc", "Hòa Bình", "Hải Dương", "Thái Bình",
  "Nam Định", "Hà Nam", "Quảng Bình", "Quảng Nam", "Kon Tum", "Bình Định", "Phú Yên",
  "Ninh Thuận", "Bình Thuận", "Đắk Nông", "Bình Phước", "Bình Dương", "Bà Rịa", "Vũng Tàu",
  "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Sóc Trăng", "Hậu Giang", "Bạc Liêu",
  "Kiên Giang", "Thừa Thiên",
  // countries, regions and other proper names found inside organisation names
  "Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Tây Bắc", "Tây Nguyên", "Đông Bắc", "Nam Bộ",
  "Bắc Bộ", "Trung Bộ", "Đông Nam Bộ", "Hoàng Sa", "Trường Sa", "Điện Biên Phủ", "Thăng Long",
  "Trường Sơn", "Cửu Long", "Mê Kông", "Mekong",
];

/**
 * Historical figures whose names are used for wards, streets, schools and
 * organisations ("Đoàn TNCS Hồ Chí Minh", "phường Hoàng Văn Thụ"). They are
 * never reported as people: a current official with the same full name is
 * far less likely than the place.
 */
export const FAMOUS_NAMES = [
  "Hồ Chí Minh", "Võ Nguyên Giáp", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Nguyễn Du",
  "Lê Quý Đôn", "Trần Phú", "Hoàng Văn Thụ", "Lê Hồng Phong", "Phan Bội Châu", "Phan Chu Trinh",
  "Nguyễn Huệ", "Lý Thường Kiệt", "Ngô Quyền", "Lê Lai", "Nguyễn Thái Học", "Tôn Đức Thắng",
  "Nguyễn Văn Cừ", "Hoàng Hoa Thám", "Phan Đình Phùng", "Nguyễn Thị Minh Khai", "Võ Thị Sáu",
  "Lê Duẩn", "Phạm Văn Đồng", "Nguyễn Văn Linh", "Võ Văn Kiệt", "Lê Văn Tám", "Nguyễn Văn Trỗi",
  "Hồ Xuân Hương", "Nguyễn Đình Chiểu", "Đinh Tiên Hoàng", "Lý Thái Tổ", "Lý Tự Trọng",
  "Trần Quốc Toản", "Hoàng Diệu", "Phan Đình Giót", "Tô Vĩnh Diện", "Bế Văn Đàn", "La Văn Cầu",
  "Cù Chính Lan", "Nguyễn Viết Xuân", "Lê Thánh Tông", "Chu Văn An", "Nguyễn Chí Thanh",
  "Nguyễn Tất Thành", "Kim Đồng", "Lý Nam Đế", "Mai Hắc Đế", "Nguyễn Văn Trỗi", "Lê Văn Sỹ",
  "Hà Huy Tập", "Trần Quang Khải", "Phạm Ngũ Lão", "Lê Đại Hành", "Nguyễn Thị Định",
];

/**
 * Words that, just before a capitalised run, say the run begins with a place
 * name ("xã Tà Tổng …", "phường …", "thôn …"). Provinces are in PLACE_NAMES;
 * commune names are open-ended, so after these words a name is looked for
 * after the place rather than at the start of the run.
 */
export const PLACE_MARKERS = [
  "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "đặc khu", "thôn", "bản", "ấp", "khóm",
  "buôn", "làng", "xóm", "tổ dân phố", "khu dân cư", "khu phố", "tổ", "khu", "đường", "phố",
  "sông", "núi", "đèo", "cầu", "chợ", "bon", "plei", "sóc", "trường", "THPT", "THCS", "PTDTBT",
  "PTDTNT", "Tiểu học", "Mầm non", "đồn", "cửa khẩu", "chùa", "giáo xứ", "giáo họ", "họ đạo",
  "thánh thất", "tu viện", "nhà thờ",
];

/**
 * Role heads: a title starts with one of these ("Phó Chủ tịch …", "Bí thư …").
 * Longer forms come first when matched (the matcher sorts by length).
 */
export const ROLE_HEADS = [
  "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Tổng Bí thư", "Ủy viên", "Trưởng ban",
  "Phó Trưởng ban", "Phó ban", "Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng",
  "Phó Chánh Văn phòng", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
  "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm",
  "Trưởng đoàn", "Phó Trưởng đoàn", "Đại biểu Quốc hội", "Đại biểu HĐND",
  "Đại biểu Hội đồng nhân dân", "Chánh án", "Phó Chánh án", "Viện trưởng", "Phó Viện trưởng",
  "Hiệu trưởng", "Phó Hiệu trưởng", "Chỉ huy trưởng", "Phó Chỉ huy trưởng", "Chính ủy",
  "Phó Chính ủy", "Tư lệnh", "Phó Tư lệnh", "Trưởng thôn", "Trưởng bản", "Trưởng ấp",
  "Trưởng khu", "Trưởng khu phố", "Trưởng khóm", "Tổ trưởng", "Tổ phó", "Thôn trưởng",
  "Bản trưởng", "Tổng Thư ký", "Phó Tổng Thư ký", "Thư ký", "Chánh Thanh tra",
  "Phó Chánh Thanh tra", "Tổng Biên tập", "Phó Tổng Biên tập", "Trưởng Công an",
  "Phó Trưởng Công an", "Chuyên viên", "Thành viên", "Trưởng Văn phòng", "Phó Văn phòng",
  // religious office holders, whom Front reports name often
  "Trụ trì", "Phó Trụ trì", "Chánh xứ", "Phó xứ", "Quản xứ", "Quản nhiệm", "Chánh Trị sự",
  "Giám quản", "Chánh Thư ký",
];

/** Words before a role head that keep it in the title: "nguyên" = former, "Quyền" = acting. */
export const ROLE_PREFIXES = ["nguyên", "cựu", "quyền"];

/** Words before a role that are dropped from the title: "tân Chủ tịch" (newly elected) is the same post. */
export const ROLE_QUALIFIERS = ["tân"];

/**
 * Organisation heads that may follow an election verb without a role head:
 * "trúng cử Ban Chấp hành Trung ương Đảng khóa XIV" (membership of the body).
 */
export const ELECTED_BODIES = [
  "Ban Chấp hành", "Ban Thường vụ", "Ban Thường trực", "Đoàn Chủ tịch", "Ủy ban", "Bộ Chính trị",
  "Ban Bí thư", "Ban Kiểm tra", "Hội đồng nhân dân", "HĐND", "Quốc hội",
];

/** Words that mark a person before a name (not part of the name or the titles). */
export const PERSON_MARKERS = [
  "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cụ", "em", "cháu", "cô", "thầy", "bác",
  "già làng", "nghệ nhân", "bác sĩ", "nhà giáo", "nhà báo", "luật sư", "mẹ", "trưởng lão",
  "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
  "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "ts", "ths", "pgs.ts", "gs.ts", "bs",
  "ks", "nhà văn", "nhạc sĩ", "họa sĩ", "hòa thượng", "thượng tọa", "đại đức", "ni sư", "sư cô",
  "linh mục", "mục sư", "giám mục", "chức sắc", "chức việc",
];

/** Markers that introduce several people: a list follows, and one trailing title applies to all. */
export const PLURAL_MARKERS = [
  "các đồng chí", "hai đồng chí", "ba đồng chí", "các ông", "các bà", "các anh", "các chị",
  "các vị", "các ông, bà", "các ông bà",
];

/** Person markers that appear capitalised at the start of a sentence, inside a capitalised run. */
export const CAP_MARKERS = ["Ông", "Bà", "Anh", "Chị", "Cụ", "Em", "Cháu", "Cô", "Thầy", "Bác"];

/**
 * Baptismal names written before a Catholic's full name ("Linh mục Giuse
 * Nguyễn Văn A"): not part of the name the directory keys on, but a sure
 * sign of a person.
 */
export const SAINT_NAMES = [
  "Giuse", "Phêrô", "Phaolô", "Gioan", "Maria", "Antôn", "Đaminh", "Phanxicô", "Giacôbê", "Anna",
  "Têrêsa", "Matta", "Micae", "Luca", "Tôma", "Anrê", "Gioakim", "Vinh Sơn", "Martinô",
  "Augustinô", "Simon", "Têphanô", "Inhaxiô", "Batôlômêô", "Giuse Maria", "Mátthêu", "Máccô",
];

/**
 * Capitalised words that begin an organisation, never a name syllable. A
 * capitalised run is cut before them ("Nguyễn Văn A Ủy viên …" has no dash).
 */
export const ORG_WORDS = ["Ủy", "Ban", "Hội", "Sở", "Tỉnh", "Đảng", "Phòng", "Bộ", "Cục", "Huyện", "Xã", "Phường"];

/**
 * Level words inside a title: "Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân xã
 * Tà Tổng", "khóa XIV". After one, only a place name, a number or another
 * level word may follow inside the title.
 */
export const LEVEL_WORDS = [
  "tỉnh", "thành phố", "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "đặc khu", "thôn",
  "bản", "ấp", "khóm", "buôn", "làng", "xóm", "tổ dân phố", "khu dân cư", "khu phố", "tổ", "khu",
  "cấp tỉnh", "cấp xã", "cấp cơ sở", "khóa", "số", "nước", "cơ sở", "các cấp", "chùa",
  "giáo xứ", "giáo họ", "họ đạo", "thánh thất", "tu viện", "nhà thờ",
  "Trung ương", "TP", "TP.", "cụm",
];

/**
 * Lowercase words that belong to an organisation name wherever they occur in a
 * title ("Bí thư chi bộ", "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch thường trực").
 * Checked before the stop words so "dự khuyết" is not cut at "dự".
 */
export const TITLE_WORDS = [
  "nhân dân", "chiến binh", "thiếu nhi", "thiếu niên", "xã hội", "thập đỏ", "cao tuổi", "tác xã",
  "dân cư", "dân phố", "đại biểu", "thường trực", "thường vụ", "dự khuyết", "chi bộ", "đảng ủy",
  "đảng bộ", "tỉnh ủy", "tỉnh đoàn", "huyện ủy", "thành ủy", "xã đoàn", "đoàn thanh niên",
  "cộng sản", "mặt trận", "tổ quốc", "hội đồng", "ủy ban", "chất độc", "da cam", "nạn nhân",
  "người cao tuổi", "khuyết tật", "mồ côi", "công đoàn", "tự quản", "chấp hành", "an ninh",
  "trật tự", "công nghiệp", "kinh tế", "chế xuất", "công nghệ", "nông thôn", "dự án", "đầu tư",
];

/**
 * Lowercase words and phrases that end a title: verbs and prepositions of the
 * sentence the apposition sits in ("… tỉnh phát biểu", "… trúng cử …").
 */
export const STOP_PHRASES = [
  "phát biểu", "trúng cử", "tái cử", "đắc cử", "cho biết", "đã", "đang", "sẽ", "vừa", "tại",
  "ghi nhận", "chủ trì", "đồng chủ trì", "dự", "tham dự", "trao", "tặng", "thăm", "nhấn mạnh",
  "khẳng định", "đề nghị", "yêu cầu", "chúc mừng", "làm việc", "kiểm tra", "báo cáo", "trình bày",
  "quán triệt", "điều hành", "cùng", "được", "là", "thay mặt", "đại diện", "nêu", "nói", "chia sẻ",
  "trả lời", "tiếp thu", "giải trình", "thông tin", "đề xuất", "kiến nghị", "phân tích", "công bố",
  "trao đổi", "tiếp", "đón", "bấm nút", "cắt băng", "dâng hương", "vui mừng", "chủ tọa", "nhận",
  "giữ chức", "kiêm", "và các", "với", "về", "của", "cho", "trong", "từ", "đến", "tới", "lên",
  "có", "không", "cũng", "thì", "mà", "nhằm", "để", "theo", "bày tỏ", "cảm ơn", "gửi",
  "động viên", "hỏi thăm", "mong muốn", "lưu ý", "đánh giá", "chỉ đạo", "giới thiệu", "biểu dương",
  "kết luận", "khai mạc", "bế mạc", "phát động", "hướng dẫn", "đọc", "thông qua", "tuyên bố",
  "trực tiếp", "tham gia", "tham luận", "tổ chức", "triển khai", "ký", "ban hành", "đi", "tiếp xúc",
  "lắng nghe", "ân cần", "chúc", "gặp", "gặp mặt", "đồng thời", "nay", "hiện", "năm", "sinh",
  "khi", "người", "ở", "thuộc", "bên", "làm", "bầu", "nghe", "xem", "dẫn", "chụp", "ảnh",
  "luôn", "rất", "vẫn", "còn", "mới", "lại", "ngay", "hôm", "sáng", "chiều", "tối",
  "nhận định", "cảm nhận", "đánh", "bàn", "kêu gọi", "chủ động", "đóng góp",
];

/**
 * Words between a person and a role they are elected or appointed to:
 * "trúng cử", "được bầu giữ chức", "được bổ nhiệm làm", "được hiệp thương cử".
 * TRIGGERS must occur; FILLERS may surround them.
 */
export const ELECTION_TRIGGERS = [
  "trúng cử", "tái cử", "đắc cử", "bầu", "bổ nhiệm", "cử", "giữ chức", "chỉ định", "làm", "là",
  "hiện là", "nay là", "đảm nhiệm", "tham gia",
];
export const ELECTION_FILLERS = [
  "đã", "vừa", "chính thức", "được", "tiếp tục", "lại", "bổ sung", "hiệp thương", "điều động",
  "phân công", "luân chuyển", "nhận quyết định", "giữ chức vụ", "giữ", "chức", "chức vụ", "vào",
  "tín nhiệm", "với số phiếu cao", "tái", "và", ",",
  // "…, bà cũng là Chủ tịch Hội …": the person restated by a pronoun
  "bà", "ông", "đồng chí", "anh", "chị", "cũng", "đồng thời", "hiện", "hiện nay", "còn",
];
/** Any of these among them means the role is being left, not taken. */
export const ELECTION_NEGATIONS = ["thôi", "miễn nhiệm", "nghỉ hưu", "nghỉ"];
