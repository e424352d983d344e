; ModuleID = 'manyargs.c'
source_filename = "manyargs.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-linux-gnu"

%struct.rgb = type { i8, i8, i8 }
%struct.quad = type { i64, i64, i64, i64 }

@__const.caller_of_many.c = private unnamed_addr constant %struct.rgb { i8 1, i8 2, i8 3 }, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @many_ints(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5, i64 noundef %6, i64 noundef %7, i64 noundef %8, i64 noundef %9, i64 noundef %10, i64 noundef %11) #0 {
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i64, align 8
  store i64 %0, ptr %13, align 8
  store i64 %1, ptr %14, align 8
  store i64 %2, ptr %15, align 8
  store i64 %3, ptr %16, align 8
  store i64 %4, ptr %17, align 8
  store i64 %5, ptr %18, align 8
  store i64 %6, ptr %19, align 8
  store i64 %7, ptr %20, align 8
  store i64 %8, ptr %21, align 8
  store i64 %9, ptr %22, align 8
  store i64 %10, ptr %23, align 8
  store i64 %11, ptr %24, align 8
  %25 = load i64, ptr %13, align 8
  %26 = load i64, ptr %14, align 8
  %27 = mul nsw i64 2, %26
  %28 = add nsw i64 %25, %27
  %29 = load i64, ptr %15, align 8
  %30 = mul nsw i64 3, %29
  %31 = add nsw i64 %28, %30
  %32 = load i64, ptr %16, align 8
  %33 = mul nsw i64 4, %32
  %34 = add nsw i64 %31, %33
  %35 = load i64, ptr %17, align 8
  %36 = mul nsw i64 5, %35
  %37 = add nsw i64 %34, %36
  %38 = load i64, ptr %18, align 8
  %39 = mul nsw i64 6, %38
  %40 = add nsw i64 %37, %39
  %41 = load i64, ptr %19, align 8
  %42 = mul nsw i64 7, %41
  %43 = add nsw i64 %40, %42
  %44 = load i64, ptr %20, align 8
  %45 = mul nsw i64 8, %44
  %46 = add nsw i64 %43, %45
  %47 = load i64, ptr %21, align 8
  %48 = mul nsw i64 9, %47
  %49 = add nsw i64 %46, %48
  %50 = load i64, ptr %22, align 8
  %51 = mul nsw i64 10, %50
  %52 = add nsw i64 %49, %51
  %53 = load i64, ptr %23, align 8
  %54 = mul nsw i64 11, %53
  %55 = add nsw i64 %52, %54
  %56 = load i64, ptr %24, align 8
  %57 = mul nsw i64 12, %56
  %58 = add nsw i64 %55, %57
  ret i64 %58
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @many_mixed(i32 noundef signext %0, double noundef %1, i32 noundef signext %2, double noundef %3, i32 noundef signext %4, double noundef %5, i32 noundef signext %6, double noundef %7, i32 noundef signext %8, double noundef %9, i32 noundef signext %10, double noundef %11, i32 noundef signext %12, double noundef %13, i32 noundef signext %14, double noundef %15, i32 noundef signext %16, double noundef %17, float noundef %18, i8 noundef zeroext %19, i16 noundef signext %20) #0 {
  %22 = alloca i32, align 4
  %23 = alloca double, align 8
  %24 = alloca i32, align 4
  %25 = alloca double, align 8
  %26 = alloca i32, align 4
  %27 = alloca double, align 8
  %28 = alloca i32, align 4
  %29 = alloca double, align 8
  %30 = alloca i32, align 4
  %31 = alloca double, align 8
  %32 = alloca i32, align 4
  %33 = alloca double, align 8
  %34 = alloca i32, align 4
  %35 = alloca double, align 8
  %36 = alloca i32, align 4
  %37 = alloca double, align 8
  %38 = alloca i32, align 4
  %39 = alloca double, align 8
  %40 = alloca float, align 4
  %41 = alloca i8, align 1
  %42 = alloca i16, align 2
  store i32 %0, ptr %22, align 4
  store double %1, ptr %23, align 8
  store i32 %2, ptr %24, align 4
  store double %3, ptr %25, align 8
  store i32 %4, ptr %26, align 4
  store double %5, ptr %27, align 8
  store i32 %6, ptr %28, align 4
  store double %7, ptr %29, align 8
  store i32 %8, ptr %30, align 4
  store double %9, ptr %31, align 8
  store i32 %10, ptr %32, align 4
  store double %11, ptr %33, align 8
  store i32 %12, ptr %34, align 4
  store double %13, ptr %35, align 8
  store i32 %14, ptr %36, align 4
  store double %15, ptr %37, align 8
  store i32 %16, ptr %38, align 4
  store double %17, ptr %39, align 8
  store float %18, ptr %40, align 4
  store i8 %19, ptr %41, align 1
  store i16 %20, ptr %42, align 2
  %43 = load i32, ptr %22, align 4
  %44 = sitofp i32 %43 to double
  %45 = load double, ptr %23, align 8
  %46 = fadd double %44, %45
  %47 = load i32, ptr %24, align 4
  %48 = sitofp i32 %47 to double
  %49 = fadd double %46, %48
  %50 = load double, ptr %25, align 8
  %51 = fadd double %49, %50
  %52 = load i32, ptr %26, align 4
  %53 = sitofp i32 %52 to double
  %54 = fadd double %51, %53
  %55 = load double, ptr %27, align 8
  %56 = fadd double %54, %55
  %57 = load i32, ptr %28, align 4
  %58 = sitofp i32 %57 to double
  %59 = fadd double %56, %58
  %60 = load double, ptr %29, align 8
  %61 = fadd double %59, %60
  %62 = load i32, ptr %30, align 4
  %63 = sitofp i32 %62 to double
  %64 = fadd double %61, %63
  %65 = load double, ptr %31, align 8
  %66 = fadd double %64, %65
  %67 = load i32, ptr %32, align 4
  %68 = sitofp i32 %67 to double
  %69 = fadd double %66, %68
  %70 = load double, ptr %33, align 8
  %71 = fadd double %69, %70
  %72 = load i32, ptr %34, align 4
  %73 = sitofp i32 %72 to double
  %74 = fadd double %71, %73
  %75 = load double, ptr %35, align 8
  %76 = fadd double %74, %75
  %77 = load i32, ptr %36, align 4
  %78 = sitofp i32 %77 to double
  %79 = fadd double %76, %78
  %80 = load double, ptr %37, align 8
  %81 = fadd double %79, %80
  %82 = load i32, ptr %38, align 4
  %83 = sitofp i32 %82 to double
  %84 = fadd double %81, %83
  %85 = load double, ptr %39, align 8
  %86 = fadd double %84, %85
  %87 = load float, ptr %40, align 4
  %88 = fpext float %87 to double
  %89 = fadd double %86, %88
  %90 = load i8, ptr %41, align 1
  %91 = zext i8 %90 to i32
  %92 = sitofp i32 %91 to double
  %93 = fadd double %89, %92
  %94 = load i16, ptr %42, align 2
  %95 = sext i16 %94 to i32
  %96 = sitofp i32 %95 to double
  %97 = fadd double %93, %96
  ret double %97
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @with_structs(ptr dead_on_return noundef %0, i64 %1, i64 noundef %2, ptr dead_on_return noundef %3, i64 %4) #0 {
  %6 = alloca %struct.rgb, align 1
  %7 = alloca %struct.rgb, align 1
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = trunc i64 %1 to i24
  store i24 %11, ptr %6, align 1
  %12 = trunc i64 %4 to i24
  store i24 %12, ptr %7, align 1
  store ptr %0, ptr %8, align 8
  store i64 %2, ptr %9, align 8
  store ptr %3, ptr %10, align 8
  %13 = getelementptr inbounds nuw %struct.quad, ptr %0, i32 0, i32 0
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.quad, ptr %0, i32 0, i32 3
  %16 = load i64, ptr %15, align 8
  %17 = add nsw i64 %14, %16
  %18 = getelementptr inbounds nuw %struct.rgb, ptr %6, i32 0, i32 0
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i64
  %21 = add nsw i64 %17, %20
  %22 = getelementptr inbounds nuw %struct.rgb, ptr %6, i32 0, i32 2
  %23 = load i8, ptr %22, align 1
  %24 = zext i8 %23 to i64
  %25 = add nsw i64 %21, %24
  %26 = load i64, ptr %9, align 8
  %27 = add nsw i64 %25, %26
  %28 = getelementptr inbounds nuw %struct.quad, ptr %3, i32 0, i32 1
  %29 = load i64, ptr %28, align 8
  %30 = add nsw i64 %27, %29
  %31 = getelementptr inbounds nuw %struct.rgb, ptr %7, i32 0, i32 1
  %32 = load i8, ptr %31, align 1
  %33 = zext i8 %32 to i64
  %34 = add nsw i64 %30, %33
  ret i64 %34
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @caller_of_many(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca %struct.quad, align 8
  %4 = alloca %struct.rgb, align 1
  %5 = alloca i64, align 8
  %6 = alloca double, align 8
  %7 = alloca %struct.quad, align 8
  %8 = alloca i64, align 8
  %9 = alloca %struct.quad, align 8
  %10 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %11 = getelementptr inbounds nuw %struct.quad, ptr %3, i32 0, i32 0
  %12 = load i64, ptr %2, align 8
  store i64 %12, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.quad, ptr %3, i32 0, i32 1
  %14 = load i64, ptr %2, align 8
  %15 = add nsw i64 %14, 1
  store i64 %15, ptr %13, align 8
  %16 = getelementptr inbounds nuw %struct.quad, ptr %3, i32 0, i32 2
  %17 = load i64, ptr %2, align 8
  %18 = add nsw i64 %17, 2
  store i64 %18, ptr %16, align 8
  %19 = getelementptr inbounds nuw %struct.quad, ptr %3, i32 0, i32 3
  %20 = load i64, ptr %2, align 8
  %21 = add nsw i64 %20, 3
  store i64 %21, ptr %19, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %4, ptr align 1 @__const.caller_of_many.c, i64 3, i1 false)
  %22 = load i64, ptr %2, align 8
  %23 = call i64 @many_ints(i64 noundef %22, i64 noundef 1, i64 noundef 2, i64 noundef 3, i64 noundef 4, i64 noundef 5, i64 noundef 6, i64 noundef 7, i64 noundef 8, i64 noundef 9, i64 noundef 10, i64 noundef 11)
  store i64 %23, ptr %5, align 8
  %24 = call double @many_mixed(i32 noundef signext 1, double noundef 2.000000e+00, i32 noundef signext 3, double noundef 4.000000e+00, i32 noundef signext 5, double noundef 6.000000e+00, i32 noundef signext 7, double noundef 8.000000e+00, i32 noundef signext 9, double noundef 1.000000e+01, i32 noundef signext 11, double noundef 1.200000e+01, i32 noundef signext 13, double noundef 1.400000e+01, i32 noundef signext 15, double noundef 1.600000e+01, i32 noundef signext 17, double noundef 1.800000e+01, float noundef 1.900000e+01, i8 noundef zeroext 20, i16 noundef signext 21)
  store double %24, ptr %6, align 8
  %25 = load i64, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %3, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 1 %4, i64 3, i1 false)
  %26 = load i64, ptr %8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %3, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 1 %4, i64 3, i1 false)
  %27 = load i64, ptr %10, align 8
  %28 = call i64 @with_structs(ptr dead_on_return noundef %7, i64 %26, i64 noundef %25, ptr dead_on_return noundef %9, i64 %27)
  %29 = load i64, ptr %5, align 8
  %30 = add nsw i64 %29, %28
  store i64 %30, ptr %5, align 8
  %31 = load i64, ptr %5, align 8
  %32 = load double, ptr %6, align 8
  %33 = fptosi double %32 to i64
  %34 = add nsw i64 %31, %33
  ret i64 %34
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @two_call_sites(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  %6 = load i64, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = load i64, ptr %2, align 8
  %9 = load i64, ptr %2, align 8
  %10 = load i64, ptr %2, align 8
  %11 = load i64, ptr %2, align 8
  %12 = load i64, ptr %2, align 8
  %13 = load i64, ptr %2, align 8
  %14 = load i64, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = load i64, ptr %2, align 8
  %17 = call i64 @many_ints(i64 noundef %5, i64 noundef %6, i64 noundef %7, i64 noundef %8, i64 noundef %9, i64 noundef %10, i64 noundef %11, i64 noundef %12, i64 noundef %13, i64 noundef %14, i64 noundef %15, i64 noundef %16)
  store i64 %17, ptr %3, align 8
  %18 = load i64, ptr %3, align 8
  %19 = load i64, ptr %2, align 8
  %20 = load i64, ptr %3, align 8
  %21 = call i64 @many_ints(i64 noundef %18, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef %19, i64 noundef 0, i64 noundef 0, i64 noundef %20)
  store i64 %21, ptr %4, align 8
  %22 = load i64, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = xor i64 %22, %23
  ret i64 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @forward_many(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = load i64, ptr %3, align 8
  %8 = load i64, ptr %4, align 8
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = load i64, ptr %3, align 8
  %14 = load i64, ptr %4, align 8
  %15 = load i64, ptr %3, align 8
  %16 = load i64, ptr %4, align 8
  %17 = call i64 @many_ints(i64 noundef %5, i64 noundef %6, i64 noundef %7, i64 noundef %8, i64 noundef %9, i64 noundef %10, i64 noundef %11, i64 noundef %12, i64 noundef %13, i64 noundef %14, i64 noundef %15, i64 noundef %16)
  ret i64 %17
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @forward_few(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = load i64, ptr %3, align 8
  %8 = load i64, ptr %4, align 8
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = call i64 @many_ints(i64 noundef %5, i64 noundef %6, i64 noundef %7, i64 noundef %8, i64 noundef %9, i64 noundef %10, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0, i64 noundef 0)
  ret i64 %11
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv64" "target-features"="+64bit,+a,+c,+d,+f,+i,+m,+relax,+zaamo,+zalrsc,+zca,+zcd,+zicsr,+zmmul,-b,-e,-experimental-p,-experimental-smpmpmt,-experimental-svukte,-experimental-xrivosvisni,-experimental-xrivosvizip,-experimental-xsfmclic,-experimental-xsfsclic,-experimental-zibi,-experimental-zicfilp,-experimental-zicfiss,-experimental-zvbc32e,-experimental-zvfbfa,-experimental-zvfofp8min,-experimental-zvkgs,-experimental-zvqdotq,-h,-q,-sdext,-sdtrig,-sha,-shcounterenw,-shgatpa,-shlcofideleg,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcntrpmf,-smcsrind,-smctr,-smdbltrp,-smepmp,-smmpm,-smnpm,-smrnmi,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssctr,-ssdbltrp,-ssnpm,-sspm,-ssqosid,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-supm,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-svvptc,-v,-xandesbfhcvt,-xandesperf,-xandesvbfhcvt,-xandesvdot,-xandesvpackfph,-xandesvsinth,-xandesvsintload,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xmipscbop,-xmipscmov,-xmipsexectl,-xmipslsp,-xqccmp,-xqci,-xqcia,-xqciac,-xqcibi,-xqcibm,-xqcicli,-xqcicm,-xqcics,-xqcicsr,-xqciint,-xqciio,-xqcilb,-xqcili,-xqcilia,-xqcilo,-xqcilsm,-xqcisim,-xqcisls,-xqcisync,-xsfcease,-xsfmm128t,-xsfmm16t,-xsfmm32a16f,-xsfmm32a32f,-xsfmm32a8f,-xsfmm32a8i,-xsfmm32t,-xsfmm64a64f,-xsfmm64t,-xsfmmbase,-xsfvcp,-xsfvfbfexp16e,-xsfvfexp16e,-xsfvfexp32e,-xsfvfexpa,-xsfvfexpa64e,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xsmtvdot,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zabha,-zacas,-zalasr,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zcb,-zce,-zcf,-zclsd,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccamoc,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zifencei,-zihintntl,-zihintpause,-zihpm,-zilsd,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !4, !5, !6, !7, !8}
!llvm.ident = !{!9}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"lp64d"}
!2 = !{i32 6, !"riscv-isa", !3}
!3 = !{!"rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zmmul1p0_zaamo1p0_zalrsc1p0_zca1p0_zcd1p0"}
!4 = !{i32 8, !"PIC Level", i32 2}
!5 = !{i32 7, !"PIE Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{i32 8, !"SmallDataLimit", i32 0}
!9 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
