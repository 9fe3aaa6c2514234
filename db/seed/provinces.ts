/**
 * The 34 provinces and centrally-run cities in force since 1 July 2025
 * (Resolution 202/2025/QH15), with their administrative codes.
 */
export interface ProvinceRecord {
  name: string;
  kind: "province" | "city";
  code: string;
}

export const PROVINCES: readonly ProvinceRecord[] = [
  { name: "Hà Nội", kind: "city", code: "01" },
  { name: "Cao Bằng", kind: "province", code: "04" },
  { name: "Tuyên Quang", kind: "province", code: "08" },
  { name: "Điện Biên", kind: "province", code: "11" },
  { name: "Lai Châu", kind: "province", code: "12" },
  { name: "Sơn La", kind: "province", code: "14" },
  { name: "Lào Cai", kind: "province", code: "15" },
  { name: "Thái Nguyên", kind: "province", code: "19" },
  { name: "Lạng Sơn", kind: "province", code: "20" },
  { name: "Quảng Ninh", kind: "province", code: "22" },
  { name: "Bắc Ninh", kind: "province", code: "24" },
  { name: "Phú Thọ", kind: "province", code: "25" },
  { name: "Hải Phòng", kind: "city", code: "31" },
  { name: "Hưng Yên", kind: "province", code: "33" },
  { name: "Ninh Bình", kind: "province", code: "37" },
  { name: "Thanh Hóa", kind: "province", code: "38" },
  { name: "Nghệ An", kind: "province", code: "40" },
  { name: "Hà Tĩnh", kind: "province", code: "42" },
  { name: "Quảng Trị", kind: "province", code: "44" },
  { name: "Huế", kind: "city", code: "46" },
  { name: "Đà Nẵng", kind: "city", code: "48" },
  { name: "Quảng Ngãi", kind: "province", code: "51" },
  { name: "Gia Lai", kind: "province", code: "52" },
  { name: "Khánh Hòa", kind: "province", code: "56" },
  { name: "Đắk Lắk", kind: "province", code: "66" },
  { name: "Lâm Đồng", kind: "province", code: "68" },
  { name: "Đồng Nai", kind: "province", code: "75" },
  { name: "Hồ Chí Minh", kind: "city", code: "79" },
  { name: "Tây Ninh", kind: "province", code: "80" },
  { name: "Đồng Tháp", kind: "province", code: "82" },
  { name: "Vĩnh Long", kind: "province", code: "86" },
  { name: "An Giang", kind: "province", code: "91" },
  { name: "Cần Thơ", kind: "city", code: "92" },
  { name: "Cà Mau", kind: "province", code: "96" },
];

/** The start of the two-level local government, from which today's units date. */
export const REFORM_DATE = "2025-07-01";
