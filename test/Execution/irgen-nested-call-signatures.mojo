# RUN: %mojoc run %s | %FileCheck %s
# IRGen lowers a call's signature, then its operands, which lower the
# signatures of their own callees: the first must stay valid while the
# table of signatures grows (it was read after being freed).

@value
struct P0:
    var a: Int
    var b: Int

fn f0(x: P0, y: Int) -> P1:
    return P1(x.a + y, x.b)

@value
struct P1:
    var a: Int
    var b: Int

fn f1(x: P1, y: Int) -> P2:
    return P2(x.a + y, x.b)

@value
struct P2:
    var a: Int
    var b: Int

fn f2(x: P2, y: Int) -> P3:
    return P3(x.a + y, x.b)

@value
struct P3:
    var a: Int
    var b: Int

fn f3(x: P3, y: Int) -> P4:
    return P4(x.a + y, x.b)

@value
struct P4:
    var a: Int
    var b: Int

fn f4(x: P4, y: Int) -> P5:
    return P5(x.a + y, x.b)

@value
struct P5:
    var a: Int
    var b: Int

fn f5(x: P5, y: Int) -> P6:
    return P6(x.a + y, x.b)

@value
struct P6:
    var a: Int
    var b: Int

fn f6(x: P6, y: Int) -> P7:
    return P7(x.a + y, x.b)

@value
struct P7:
    var a: Int
    var b: Int

fn f7(x: P7, y: Int) -> P8:
    return P8(x.a + y, x.b)

@value
struct P8:
    var a: Int
    var b: Int

fn f8(x: P8, y: Int) -> P9:
    return P9(x.a + y, x.b)

@value
struct P9:
    var a: Int
    var b: Int

fn f9(x: P9, y: Int) -> P10:
    return P10(x.a + y, x.b)

@value
struct P10:
    var a: Int
    var b: Int

fn f10(x: P10, y: Int) -> P11:
    return P11(x.a + y, x.b)

@value
struct P11:
    var a: Int
    var b: Int

fn f11(x: P11, y: Int) -> P12:
    return P12(x.a + y, x.b)

@value
struct P12:
    var a: Int
    var b: Int

fn f12(x: P12, y: Int) -> P13:
    return P13(x.a + y, x.b)

@value
struct P13:
    var a: Int
    var b: Int

fn f13(x: P13, y: Int) -> P14:
    return P14(x.a + y, x.b)

@value
struct P14:
    var a: Int
    var b: Int

fn f14(x: P14, y: Int) -> P15:
    return P15(x.a + y, x.b)

@value
struct P15:
    var a: Int
    var b: Int

fn f15(x: P15, y: Int) -> P16:
    return P16(x.a + y, x.b)

@value
struct P16:
    var a: Int
    var b: Int

fn f16(x: P16, y: Int) -> P17:
    return P17(x.a + y, x.b)

@value
struct P17:
    var a: Int
    var b: Int

fn f17(x: P17, y: Int) -> P18:
    return P18(x.a + y, x.b)

@value
struct P18:
    var a: Int
    var b: Int

fn f18(x: P18, y: Int) -> P19:
    return P19(x.a + y, x.b)

@value
struct P19:
    var a: Int
    var b: Int

fn f19(x: P19, y: Int) -> P20:
    return P20(x.a + y, x.b)

@value
struct P20:
    var a: Int
    var b: Int

fn f20(x: P20, y: Int) -> P21:
    return P21(x.a + y, x.b)

@value
struct P21:
    var a: Int
    var b: Int

fn f21(x: P21, y: Int) -> P22:
    return P22(x.a + y, x.b)

@value
struct P22:
    var a: Int
    var b: Int

fn f22(x: P22, y: Int) -> P23:
    return P23(x.a + y, x.b)

@value
struct P23:
    var a: Int
    var b: Int

fn f23(x: P23, y: Int) -> P24:
    return P24(x.a + y, x.b)

@value
struct P24:
    var a: Int
    var b: Int

fn f24(x: P24, y: Int) -> P25:
    return P25(x.a + y, x.b)

@value
struct P25:
    var a: Int
    var b: Int

fn f25(x: P25, y: Int) -> P26:
    return P26(x.a + y, x.b)

@value
struct P26:
    var a: Int
    var b: Int

fn f26(x: P26, y: Int) -> P27:
    return P27(x.a + y, x.b)

@value
struct P27:
    var a: Int
    var b: Int

fn f27(x: P27, y: Int) -> P28:
    return P28(x.a + y, x.b)

@value
struct P28:
    var a: Int
    var b: Int

fn f28(x: P28, y: Int) -> P29:
    return P29(x.a + y, x.b)

@value
struct P29:
    var a: Int
    var b: Int

fn f29(x: P29, y: Int) -> P30:
    return P30(x.a + y, x.b)

@value
struct P30:
    var a: Int
    var b: Int

fn f30(x: P30, y: Int) -> P31:
    return P31(x.a + y, x.b)

@value
struct P31:
    var a: Int
    var b: Int

fn f31(x: P31, y: Int) -> P32:
    return P32(x.a + y, x.b)

@value
struct P32:
    var a: Int
    var b: Int

fn f32(x: P32, y: Int) -> P33:
    return P33(x.a + y, x.b)

@value
struct P33:
    var a: Int
    var b: Int

fn f33(x: P33, y: Int) -> P34:
    return P34(x.a + y, x.b)

@value
struct P34:
    var a: Int
    var b: Int

fn f34(x: P34, y: Int) -> P35:
    return P35(x.a + y, x.b)

@value
struct P35:
    var a: Int
    var b: Int

fn f35(x: P35, y: Int) -> P36:
    return P36(x.a + y, x.b)

@value
struct P36:
    var a: Int
    var b: Int

fn f36(x: P36, y: Int) -> P37:
    return P37(x.a + y, x.b)

@value
struct P37:
    var a: Int
    var b: Int

fn f37(x: P37, y: Int) -> P38:
    return P38(x.a + y, x.b)

@value
struct P38:
    var a: Int
    var b: Int

fn f38(x: P38, y: Int) -> P39:
    return P39(x.a + y, x.b)

@value
struct P39:
    var a: Int
    var b: Int

fn f39(x: P39, y: Int) -> P40:
    return P40(x.a + y, x.b)

@value
struct P40:
    var a: Int
    var b: Int

fn f40(x: P40, y: Int) -> P41:
    return P41(x.a + y, x.b)

@value
struct P41:
    var a: Int
    var b: Int

fn f41(x: P41, y: Int) -> P42:
    return P42(x.a + y, x.b)

@value
struct P42:
    var a: Int
    var b: Int

fn f42(x: P42, y: Int) -> P43:
    return P43(x.a + y, x.b)

@value
struct P43:
    var a: Int
    var b: Int

fn f43(x: P43, y: Int) -> P44:
    return P44(x.a + y, x.b)

@value
struct P44:
    var a: Int
    var b: Int

fn f44(x: P44, y: Int) -> P45:
    return P45(x.a + y, x.b)

@value
struct P45:
    var a: Int
    var b: Int

fn f45(x: P45, y: Int) -> P46:
    return P46(x.a + y, x.b)

@value
struct P46:
    var a: Int
    var b: Int

fn f46(x: P46, y: Int) -> P47:
    return P47(x.a + y, x.b)

@value
struct P47:
    var a: Int
    var b: Int

fn f47(x: P47, y: Int) -> P48:
    return P48(x.a + y, x.b)

@value
struct P48:
    var a: Int
    var b: Int

fn f48(x: P48, y: Int) -> P49:
    return P49(x.a + y, x.b)

@value
struct P49:
    var a: Int
    var b: Int

fn f49(x: P49, y: Int) -> P50:
    return P50(x.a + y, x.b)

@value
struct P50:
    var a: Int
    var b: Int

fn f50(x: P50, y: Int) -> P51:
    return P51(x.a + y, x.b)

@value
struct P51:
    var a: Int
    var b: Int

fn f51(x: P51, y: Int) -> P52:
    return P52(x.a + y, x.b)

@value
struct P52:
    var a: Int
    var b: Int

fn f52(x: P52, y: Int) -> P53:
    return P53(x.a + y, x.b)

@value
struct P53:
    var a: Int
    var b: Int

fn f53(x: P53, y: Int) -> P54:
    return P54(x.a + y, x.b)

@value
struct P54:
    var a: Int
    var b: Int

fn f54(x: P54, y: Int) -> P55:
    return P55(x.a + y, x.b)

@value
struct P55:
    var a: Int
    var b: Int

fn f55(x: P55, y: Int) -> P56:
    return P56(x.a + y, x.b)

@value
struct P56:
    var a: Int
    var b: Int

fn f56(x: P56, y: Int) -> P57:
    return P57(x.a + y, x.b)

@value
struct P57:
    var a: Int
    var b: Int

fn f57(x: P57, y: Int) -> P58:
    return P58(x.a + y, x.b)

@value
struct P58:
    var a: Int
    var b: Int

fn f58(x: P58, y: Int) -> P59:
    return P59(x.a + y, x.b)

@value
struct P59:
    var a: Int
    var b: Int

fn f59(x: P59, y: Int) -> P60:
    return P60(x.a + y, x.b)

@value
struct P60:
    var a: Int
    var b: Int

fn f60(x: P60, y: Int) -> P61:
    return P61(x.a + y, x.b)

@value
struct P61:
    var a: Int
    var b: Int

fn f61(x: P61, y: Int) -> P62:
    return P62(x.a + y, x.b)

@value
struct P62:
    var a: Int
    var b: Int

fn f62(x: P62, y: Int) -> P63:
    return P63(x.a + y, x.b)

@value
struct P63:
    var a: Int
    var b: Int

fn f63(x: P63, y: Int) -> P64:
    return P64(x.a + y, x.b)

@value
struct P64:
    var a: Int
    var b: Int

fn f64(x: P64, y: Int) -> P65:
    return P65(x.a + y, x.b)

@value
struct P65:
    var a: Int
    var b: Int

fn f65(x: P65, y: Int) -> P66:
    return P66(x.a + y, x.b)

@value
struct P66:
    var a: Int
    var b: Int

fn f66(x: P66, y: Int) -> P67:
    return P67(x.a + y, x.b)

@value
struct P67:
    var a: Int
    var b: Int

fn f67(x: P67, y: Int) -> P68:
    return P68(x.a + y, x.b)

@value
struct P68:
    var a: Int
    var b: Int

fn f68(x: P68, y: Int) -> P69:
    return P69(x.a + y, x.b)

@value
struct P69:
    var a: Int
    var b: Int

fn f69(x: P69, y: Int) -> P70:
    return P70(x.a + y, x.b)

@value
struct P70:
    var a: Int
    var b: Int

fn f70(x: P70, y: Int) -> P71:
    return P71(x.a + y, x.b)

@value
struct P71:
    var a: Int
    var b: Int

fn f71(x: P71, y: Int) -> P72:
    return P72(x.a + y, x.b)

@value
struct P72:
    var a: Int
    var b: Int

fn f72(x: P72, y: Int) -> P73:
    return P73(x.a + y, x.b)

@value
struct P73:
    var a: Int
    var b: Int

fn f73(x: P73, y: Int) -> P74:
    return P74(x.a + y, x.b)

@value
struct P74:
    var a: Int
    var b: Int

fn f74(x: P74, y: Int) -> P75:
    return P75(x.a + y, x.b)

@value
struct P75:
    var a: Int
    var b: Int

fn f75(x: P75, y: Int) -> P76:
    return P76(x.a + y, x.b)

@value
struct P76:
    var a: Int
    var b: Int

fn f76(x: P76, y: Int) -> P77:
    return P77(x.a + y, x.b)

@value
struct P77:
    var a: Int
    var b: Int

fn f77(x: P77, y: Int) -> P78:
    return P78(x.a + y, x.b)

@value
struct P78:
    var a: Int
    var b: Int

fn f78(x: P78, y: Int) -> P79:
    return P79(x.a + y, x.b)

@value
struct P79:
    var a: Int
    var b: Int

fn f79(x: P79, y: Int) -> P80:
    return P80(x.a + y, x.b)

@value
struct P80:
    var a: Int
    var b: Int

fn f80(x: P80, y: Int) -> P81:
    return P81(x.a + y, x.b)

@value
struct P81:
    var a: Int
    var b: Int

fn f81(x: P81, y: Int) -> P82:
    return P82(x.a + y, x.b)

@value
struct P82:
    var a: Int
    var b: Int

fn f82(x: P82, y: Int) -> P83:
    return P83(x.a + y, x.b)

@value
struct P83:
    var a: Int
    var b: Int

fn f83(x: P83, y: Int) -> P84:
    return P84(x.a + y, x.b)

@value
struct P84:
    var a: Int
    var b: Int

fn f84(x: P84, y: Int) -> P85:
    return P85(x.a + y, x.b)

@value
struct P85:
    var a: Int
    var b: Int

fn f85(x: P85, y: Int) -> P86:
    return P86(x.a + y, x.b)

@value
struct P86:
    var a: Int
    var b: Int

fn f86(x: P86, y: Int) -> P87:
    return P87(x.a + y, x.b)

@value
struct P87:
    var a: Int
    var b: Int

fn f87(x: P87, y: Int) -> P88:
    return P88(x.a + y, x.b)

@value
struct P88:
    var a: Int
    var b: Int

fn f88(x: P88, y: Int) -> P89:
    return P89(x.a + y, x.b)

@value
struct P89:
    var a: Int
    var b: Int

fn f89(x: P89, y: Int) -> P90:
    return P90(x.a + y, x.b)

@value
struct P90:
    var a: Int
    var b: Int

fn f90(x: P90, y: Int) -> P91:
    return P91(x.a + y, x.b)

@value
struct P91:
    var a: Int
    var b: Int

fn f91(x: P91, y: Int) -> P92:
    return P92(x.a + y, x.b)

@value
struct P92:
    var a: Int
    var b: Int

fn f92(x: P92, y: Int) -> P93:
    return P93(x.a + y, x.b)

@value
struct P93:
    var a: Int
    var b: Int

fn f93(x: P93, y: Int) -> P94:
    return P94(x.a + y, x.b)

@value
struct P94:
    var a: Int
    var b: Int

fn f94(x: P94, y: Int) -> P95:
    return P95(x.a + y, x.b)

@value
struct P95:
    var a: Int
    var b: Int

fn f95(x: P95, y: Int) -> P96:
    return P96(x.a + y, x.b)

@value
struct P96:
    var a: Int
    var b: Int

fn f96(x: P96, y: Int) -> P97:
    return P97(x.a + y, x.b)

@value
struct P97:
    var a: Int
    var b: Int

fn f97(x: P97, y: Int) -> P98:
    return P98(x.a + y, x.b)

@value
struct P98:
    var a: Int
    var b: Int

fn f98(x: P98, y: Int) -> P99:
    return P99(x.a + y, x.b)

@value
struct P99:
    var a: Int
    var b: Int

fn f99(x: P99, y: Int) -> P100:
    return P100(x.a + y, x.b)

@value
struct P100:
    var a: Int
    var b: Int

fn f100(x: P100, y: Int) -> P101:
    return P101(x.a + y, x.b)

@value
struct P101:
    var a: Int
    var b: Int

fn f101(x: P101, y: Int) -> P102:
    return P102(x.a + y, x.b)

@value
struct P102:
    var a: Int
    var b: Int

fn f102(x: P102, y: Int) -> P103:
    return P103(x.a + y, x.b)

@value
struct P103:
    var a: Int
    var b: Int

fn f103(x: P103, y: Int) -> P104:
    return P104(x.a + y, x.b)

@value
struct P104:
    var a: Int
    var b: Int

fn f104(x: P104, y: Int) -> P105:
    return P105(x.a + y, x.b)

@value
struct P105:
    var a: Int
    var b: Int

fn f105(x: P105, y: Int) -> P106:
    return P106(x.a + y, x.b)

@value
struct P106:
    var a: Int
    var b: Int

fn f106(x: P106, y: Int) -> P107:
    return P107(x.a + y, x.b)

@value
struct P107:
    var a: Int
    var b: Int

fn f107(x: P107, y: Int) -> P108:
    return P108(x.a + y, x.b)

@value
struct P108:
    var a: Int
    var b: Int

fn f108(x: P108, y: Int) -> P109:
    return P109(x.a + y, x.b)

@value
struct P109:
    var a: Int
    var b: Int

fn f109(x: P109, y: Int) -> P110:
    return P110(x.a + y, x.b)

@value
struct P110:
    var a: Int
    var b: Int

fn f110(x: P110, y: Int) -> P111:
    return P111(x.a + y, x.b)

@value
struct P111:
    var a: Int
    var b: Int

fn f111(x: P111, y: Int) -> P112:
    return P112(x.a + y, x.b)

@value
struct P112:
    var a: Int
    var b: Int

fn f112(x: P112, y: Int) -> P113:
    return P113(x.a + y, x.b)

@value
struct P113:
    var a: Int
    var b: Int

fn f113(x: P113, y: Int) -> P114:
    return P114(x.a + y, x.b)

@value
struct P114:
    var a: Int
    var b: Int

fn f114(x: P114, y: Int) -> P115:
    return P115(x.a + y, x.b)

@value
struct P115:
    var a: Int
    var b: Int

fn f115(x: P115, y: Int) -> P116:
    return P116(x.a + y, x.b)

@value
struct P116:
    var a: Int
    var b: Int

fn f116(x: P116, y: Int) -> P117:
    return P117(x.a + y, x.b)

@value
struct P117:
    var a: Int
    var b: Int

fn f117(x: P117, y: Int) -> P118:
    return P118(x.a + y, x.b)

@value
struct P118:
    var a: Int
    var b: Int

fn f118(x: P118, y: Int) -> P119:
    return P119(x.a + y, x.b)

@value
struct P119:
    var a: Int
    var b: Int

fn f119(x: P119, y: Int) -> P120:
    return P120(x.a + y, x.b)

@value
struct P120:
    var a: Int
    var b: Int

fn f120(x: P120, y: Int) -> P121:
    return P121(x.a + y, x.b)

@value
struct P121:
    var a: Int
    var b: Int

fn f121(x: P121, y: Int) -> P122:
    return P122(x.a + y, x.b)

@value
struct P122:
    var a: Int
    var b: Int

fn f122(x: P122, y: Int) -> P123:
    return P123(x.a + y, x.b)

@value
struct P123:
    var a: Int
    var b: Int

fn f123(x: P123, y: Int) -> P124:
    return P124(x.a + y, x.b)

@value
struct P124:
    var a: Int
    var b: Int

fn f124(x: P124, y: Int) -> P125:
    return P125(x.a + y, x.b)

@value
struct P125:
    var a: Int
    var b: Int

fn f125(x: P125, y: Int) -> P126:
    return P126(x.a + y, x.b)

@value
struct P126:
    var a: Int
    var b: Int

fn f126(x: P126, y: Int) -> P127:
    return P127(x.a + y, x.b)

@value
struct P127:
    var a: Int
    var b: Int

fn f127(x: P127, y: Int) -> P128:
    return P128(x.a + y, x.b)

@value
struct P128:
    var a: Int
    var b: Int

fn f128(x: P128, y: Int) -> P129:
    return P129(x.a + y, x.b)

@value
struct P129:
    var a: Int
    var b: Int

fn f129(x: P129, y: Int) -> P130:
    return P130(x.a + y, x.b)

@value
struct P130:
    var a: Int
    var b: Int

fn f130(x: P130, y: Int) -> P131:
    return P131(x.a + y, x.b)

@value
struct P131:
    var a: Int
    var b: Int

fn f131(x: P131, y: Int) -> P132:
    return P132(x.a + y, x.b)

@value
struct P132:
    var a: Int
    var b: Int

fn f132(x: P132, y: Int) -> P133:
    return P133(x.a + y, x.b)

@value
struct P133:
    var a: Int
    var b: Int

fn f133(x: P133, y: Int) -> P134:
    return P134(x.a + y, x.b)

@value
struct P134:
    var a: Int
    var b: Int

fn f134(x: P134, y: Int) -> P135:
    return P135(x.a + y, x.b)

@value
struct P135:
    var a: Int
    var b: Int

fn f135(x: P135, y: Int) -> P136:
    return P136(x.a + y, x.b)

@value
struct P136:
    var a: Int
    var b: Int

fn f136(x: P136, y: Int) -> P137:
    return P137(x.a + y, x.b)

@value
struct P137:
    var a: Int
    var b: Int

fn f137(x: P137, y: Int) -> P138:
    return P138(x.a + y, x.b)

@value
struct P138:
    var a: Int
    var b: Int

fn f138(x: P138, y: Int) -> P139:
    return P139(x.a + y, x.b)

@value
struct P139:
    var a: Int
    var b: Int

fn f139(x: P139, y: Int) -> P140:
    return P140(x.a + y, x.b)

@value
struct P140:
    var a: Int
    var b: Int

fn f140(x: P140, y: Int) -> P141:
    return P141(x.a + y, x.b)

@value
struct P141:
    var a: Int
    var b: Int

fn f141(x: P141, y: Int) -> P142:
    return P142(x.a + y, x.b)

@value
struct P142:
    var a: Int
    var b: Int

fn f142(x: P142, y: Int) -> P143:
    return P143(x.a + y, x.b)

@value
struct P143:
    var a: Int
    var b: Int

fn f143(x: P143, y: Int) -> P144:
    return P144(x.a + y, x.b)

@value
struct P144:
    var a: Int
    var b: Int

fn f144(x: P144, y: Int) -> P145:
    return P145(x.a + y, x.b)

@value
struct P145:
    var a: Int
    var b: Int

fn f145(x: P145, y: Int) -> P146:
    return P146(x.a + y, x.b)

@value
struct P146:
    var a: Int
    var b: Int

fn f146(x: P146, y: Int) -> P147:
    return P147(x.a + y, x.b)

@value
struct P147:
    var a: Int
    var b: Int

fn f147(x: P147, y: Int) -> P148:
    return P148(x.a + y, x.b)

@value
struct P148:
    var a: Int
    var b: Int

fn f148(x: P148, y: Int) -> P149:
    return P149(x.a + y, x.b)

@value
struct P149:
    var a: Int
    var b: Int

fn f149(x: P149, y: Int) -> P0:
    return P0(x.a + y, x.b)

fn main():
    var p = f149(f148(f147(f146(f145(f144(f143(f142(f141(f140(f139(f138(f137(f136(f135(f134(f133(f132(f131(f130(f129(f128(f127(f126(f125(f124(f123(f122(f121(f120(f119(f118(f117(f116(f115(f114(f113(f112(f111(f110(f109(f108(f107(f106(f105(f104(f103(f102(f101(f100(f99(f98(f97(f96(f95(f94(f93(f92(f91(f90(f89(f88(f87(f86(f85(f84(f83(f82(f81(f80(f79(f78(f77(f76(f75(f74(f73(f72(f71(f70(f69(f68(f67(f66(f65(f64(f63(f62(f61(f60(f59(f58(f57(f56(f55(f54(f53(f52(f51(f50(f49(f48(f47(f46(f45(f44(f43(f42(f41(f40(f39(f38(f37(f36(f35(f34(f33(f32(f31(f30(f29(f28(f27(f26(f25(f24(f23(f22(f21(f20(f19(f18(f17(f16(f15(f14(f13(f12(f11(f10(f9(f8(f7(f6(f5(f4(f3(f2(f1(f0(P0(0, 7), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1), 1)
    # CHECK: 150 7
    print(p.a, p.b)
