import { readArticle } from "./lib/import/article";
import { extractPeople } from "./lib/extract";
const sur = ["Nguyễn","Trần","Lê","Phạm","Hoàng","Võ","Đặng","Bùi","Đỗ","Ngô"];
const mids = ["Văn","Thị","Hữu","Đức","Minh","Quang","Thanh","Ngọc","Xuân","Hồng"];
const given = ["An","Bình","Cường","Dung","Hà","Giang","Hùng","Lan","Minh","Nga","Phúc","Quý","Sơn","Tâm","Uyên","Vinh","Yến","Khoa","Long","Nam"];
const cases: Record<string,(n:number,nm:string)=>string> = {
 elected: (n,nm)=>`ông ${nm} được bầu giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, `,
 leaving: (n,nm)=>`cho ông ${nm}, Chủ tịch Hội Nông dân xã thôi giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và điều động `,
 nopunct: (n,nm)=>`Chủ tịch Hội LHPN tỉnh ${nm} nghỉ hưu qua đời `,
};
for (const [k,f] of Object.entries(cases)) {
let s = ""; let n = 0;
while (s.length < 50000) { const nm = `${sur[n%10]} ${mids[Math.floor(n/10)%10]} ${given[Math.floor(n/100)%20]}`; s += f(n,nm); n++; }
const t = s.slice(0, 50000);
let a = performance.now(); extractPeople(t); const e = performance.now()-a;
a = performance.now(); const r = readArticle(t);
console.log(k, t.length, "extract", e.toFixed(0), "read", (performance.now()-a).toFixed(0), "ms", r.people.length);
}
