; ModuleID = 'align.c'
source_filename = "align.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-linux-gnu"

%struct.wide = type { [4 x double] }
%struct.cacheline = type { [64 x i8] }

; Function Attrs: nounwind uwtable
define dso_local signext range(i32 0, 256) i32 @aligned_local(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = alloca [64 x i8], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(64) %2, i8 %3, i64 64, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 64) #5
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 3
  %5 = load i8, ptr %4, align 1, !tbaa !13
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local signext range(i32 0, 256) i32 @very_aligned(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = alloca [128 x i8], align 4096
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  store i8 %3, ptr %2, align 4096, !tbaa !13
  call void @sink(ptr noundef nonnull %2, i64 noundef 128) #5
  %4 = load i8, ptr %2, align 4096, !tbaa !13
  %5 = zext i8 %4 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local double @aligned_with_call(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca %struct.wide, align 32
  %3 = alloca [3 x %struct.cacheline], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #5
  %4 = load double, ptr %0, align 8, !tbaa !14
  %5 = fmul double %4, 2.000000e+00
  store double %5, ptr %2, align 32, !tbaa !14
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %7 = load double, ptr %6, align 8, !tbaa !14
  %8 = fmul double %7, 2.000000e+00
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double %8, ptr %9, align 8, !tbaa !14
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %11 = load double, ptr %10, align 8, !tbaa !14
  %12 = fmul double %11, 2.000000e+00
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store double %12, ptr %13, align 16, !tbaa !14
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %15 = load double, ptr %14, align 8, !tbaa !14
  %16 = fmul double %15, 2.000000e+00
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double %16, ptr %17, align 8, !tbaa !14
  call void @sink(ptr noundef nonnull %2, i64 noundef 32) #5
  call void @sink(ptr noundef nonnull %3, i64 noundef 192) #5
  %18 = load double, ptr %2, align 32, !tbaa !14
  %19 = load double, ptr %17, align 8, !tbaa !14
  %20 = fadd double %18, %19
  %21 = getelementptr inbounds nuw i8, ptr %3, i64 69
  %22 = load i8, ptr %21, align 1, !tbaa !13
  %23 = uitofp i8 %22 to double
  %24 = fadd double %20, %23
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %24
}

; Function Attrs: nounwind uwtable
define dso_local signext range(i32 -2147483643, -2147483648) i32 @aligned_and_vla(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i32], align 128
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = zext i32 %0 to i64
  %4 = tail call ptr @llvm.stacksave.p0()
  %5 = alloca i32, i64 %3, align 4
  store i32 0, ptr %2, align 128, !tbaa !9
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 4
  store i32 1, ptr %6, align 4, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store i32 2, ptr %7, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 12
  store i32 3, ptr %8, align 4, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store i32 4, ptr %9, align 16, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 20
  store i32 5, ptr %10, align 4, !tbaa !9
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store i32 6, ptr %11, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 28
  store i32 7, ptr %12, align 4, !tbaa !9
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store i32 8, ptr %13, align 32, !tbaa !9
  %14 = getelementptr inbounds nuw i8, ptr %2, i64 36
  store i32 9, ptr %14, align 4, !tbaa !9
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 40
  store i32 10, ptr %15, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 44
  store i32 11, ptr %16, align 4, !tbaa !9
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 48
  store i32 12, ptr %17, align 16, !tbaa !9
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 52
  store i32 13, ptr %18, align 4, !tbaa !9
  %19 = getelementptr inbounds nuw i8, ptr %2, i64 56
  store i32 14, ptr %19, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw i8, ptr %2, i64 60
  store i32 15, ptr %20, align 4, !tbaa !9
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 64
  store i32 16, ptr %21, align 64, !tbaa !9
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 68
  store i32 17, ptr %22, align 4, !tbaa !9
  %23 = getelementptr inbounds nuw i8, ptr %2, i64 72
  store i32 18, ptr %23, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 76
  store i32 19, ptr %24, align 4, !tbaa !9
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 80
  store i32 20, ptr %25, align 16, !tbaa !9
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 84
  store i32 21, ptr %26, align 4, !tbaa !9
  %27 = getelementptr inbounds nuw i8, ptr %2, i64 88
  store i32 22, ptr %27, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw i8, ptr %2, i64 92
  store i32 23, ptr %28, align 4, !tbaa !9
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 96
  store i32 24, ptr %29, align 32, !tbaa !9
  %30 = getelementptr inbounds nuw i8, ptr %2, i64 100
  store i32 25, ptr %30, align 4, !tbaa !9
  %31 = getelementptr inbounds nuw i8, ptr %2, i64 104
  store i32 26, ptr %31, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 108
  store i32 27, ptr %32, align 4, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 112
  store i32 28, ptr %33, align 16, !tbaa !9
  %34 = getelementptr inbounds nuw i8, ptr %2, i64 116
  store i32 29, ptr %34, align 4, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %2, i64 120
  store i32 30, ptr %35, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %2, i64 124
  store i32 31, ptr %36, align 4, !tbaa !9
  %37 = icmp sgt i32 %0, 0
  br i1 %37, label %42, label %38

38:                                               ; preds = %42, %1
  %39 = shl nuw nsw i64 %3, 2
  call void @sink(ptr noundef nonnull %5, i64 noundef %39) #5
  %40 = load i32, ptr %5, align 4, !tbaa !9
  %41 = add nsw i32 %40, 5
  call void @llvm.stackrestore.p0(ptr %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %41

42:                                               ; preds = %1, %42
  %43 = phi i64 [ %48, %42 ], [ 0, %1 ]
  %44 = and i64 %43, 31
  %45 = getelementptr inbounds nuw i32, ptr %2, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !9
  %47 = getelementptr inbounds nuw i32, ptr %5, i64 %43
  store i32 %46, ptr %47, align 4, !tbaa !9
  %48 = add nuw nsw i64 %43, 1
  %49 = icmp eq i64 %48, %3
  br i1 %49, label %38, label %42, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nounwind uwtable
define dso_local void @vec_madd(ptr dead_on_unwind noalias writable writeonly sret(<8 x float>) align 32 captures(none) initializes((0, 32)) %0, ptr dead_on_return noundef readonly captures(none) %1, ptr dead_on_return noundef readonly captures(none) %2, ptr dead_on_return noundef readonly captures(none) %3) local_unnamed_addr #0 {
  %5 = alloca [4 x <8 x float>], align 32
  %6 = load <8 x float>, ptr %1, align 32, !tbaa !13
  %7 = load <8 x float>, ptr %2, align 32, !tbaa !13
  %8 = load <8 x float>, ptr %3, align 32, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #5
  store <8 x float> %6, ptr %5, align 32, !tbaa !13
  %9 = getelementptr inbounds nuw i8, ptr %5, i64 32
  store <8 x float> %7, ptr %9, align 32, !tbaa !13
  %10 = getelementptr inbounds nuw i8, ptr %5, i64 64
  store <8 x float> %8, ptr %10, align 32, !tbaa !13
  %11 = getelementptr inbounds nuw i8, ptr %5, i64 96
  %12 = fmul <8 x float> %6, %7
  store <8 x float> %12, ptr %11, align 32, !tbaa !13
  call void @sink(ptr noundef nonnull %5, i64 noundef 128) #5
  %13 = load <8 x float>, ptr %11, align 32, !tbaa !13
  %14 = fadd <8 x float> %8, %13
  store <8 x float> %14, ptr %0, align 32, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #5
  ret void
}

attributes #0 = { nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv64" "target-features"="+64bit,+a,+c,+d,+f,+i,+m,+relax,+zaamo,+zalrsc,+zca,+zcd,+zicsr,+zmmul,-b,-e,-experimental-p,-experimental-smpmpmt,-experimental-svukte,-experimental-xrivosvisni,-experimental-xrivosvizip,-experimental-xsfmclic,-experimental-xsfsclic,-experimental-zibi,-experimental-zicfilp,-experimental-zicfiss,-experimental-zvbc32e,-experimental-zvfbfa,-experimental-zvfofp8min,-experimental-zvkgs,-experimental-zvqdotq,-h,-q,-sdext,-sdtrig,-sha,-shcounterenw,-shgatpa,-shlcofideleg,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcntrpmf,-smcsrind,-smctr,-smdbltrp,-smepmp,-smmpm,-smnpm,-smrnmi,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssctr,-ssdbltrp,-ssnpm,-sspm,-ssqosid,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-supm,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-svvptc,-v,-xandesbfhcvt,-xandesperf,-xandesvbfhcvt,-xandesvdot,-xandesvpackfph,-xandesvsinth,-xandesvsintload,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xmipscbop,-xmipscmov,-xmipsexectl,-xmipslsp,-xqccmp,-xqci,-xqcia,-xqciac,-xqcibi,-xqcibm,-xqcicli,-xqcicm,-xqcics,-xqcicsr,-xqciint,-xqciio,-xqcilb,-xqcili,-xqcilia,-xqcilo,-xqcilsm,-xqcisim,-xqcisls,-xqcisync,-xsfcease,-xsfmm128t,-xsfmm16t,-xsfmm32a16f,-xsfmm32a32f,-xsfmm32a8f,-xsfmm32a8i,-xsfmm32t,-xsfmm64a64f,-xsfmm64t,-xsfmmbase,-xsfvcp,-xsfvfbfexp16e,-xsfvfexp16e,-xsfvfexp32e,-xsfvfexpa,-xsfvfexpa64e,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xsmtvdot,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zabha,-zacas,-zalasr,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zcb,-zce,-zcf,-zclsd,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccamoc,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zifencei,-zihintntl,-zihintpause,-zihpm,-zilsd,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv64" "target-features"="+64bit,+a,+c,+d,+f,+i,+m,+relax,+zaamo,+zalrsc,+zca,+zcd,+zicsr,+zmmul,-b,-e,-experimental-p,-experimental-smpmpmt,-experimental-svukte,-experimental-xrivosvisni,-experimental-xrivosvizip,-experimental-xsfmclic,-experimental-xsfsclic,-experimental-zibi,-experimental-zicfilp,-experimental-zicfiss,-experimental-zvbc32e,-experimental-zvfbfa,-experimental-zvfofp8min,-experimental-zvkgs,-experimental-zvqdotq,-h,-q,-sdext,-sdtrig,-sha,-shcounterenw,-shgatpa,-shlcofideleg,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcntrpmf,-smcsrind,-smctr,-smdbltrp,-smepmp,-smmpm,-smnpm,-smrnmi,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssctr,-ssdbltrp,-ssnpm,-sspm,-ssqosid,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-supm,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-svvptc,-v,-xandesbfhcvt,-xandesperf,-xandesvbfhcvt,-xandesvdot,-xandesvpackfph,-xandesvsinth,-xandesvsintload,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xmipscbop,-xmipscmov,-xmipsexectl,-xmipslsp,-xqccmp,-xqci,-xqcia,-xqciac,-xqcibi,-xqcibm,-xqcicli,-xqcicm,-xqcics,-xqcicsr,-xqciint,-xqciio,-xqcilb,-xqcili,-xqcilia,-xqcilo,-xqcilsm,-xqcisim,-xqcisls,-xqcisync,-xsfcease,-xsfmm128t,-xsfmm16t,-xsfmm32a16f,-xsfmm32a32f,-xsfmm32a8f,-xsfmm32a8i,-xsfmm32t,-xsfmm64a64f,-xsfmm64t,-xsfmmbase,-xsfvcp,-xsfvfbfexp16e,-xsfvfexp16e,-xsfvfexp32e,-xsfvfexpa,-xsfvfexpa64e,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xsmtvdot,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zabha,-zacas,-zalasr,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zcb,-zce,-zcf,-zclsd,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccamoc,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zifencei,-zihintntl,-zihintpause,-zihpm,-zilsd,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"lp64d"}
!2 = !{i32 6, !"riscv-isa", !3}
!3 = !{!"rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zmmul1p0_zaamo1p0_zalrsc1p0_zca1p0_zcd1p0"}
!4 = !{i32 8, !"PIC Level", i32 2}
!5 = !{i32 7, !"PIE Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 8, !"SmallDataLimit", i32 0}
!8 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{!11, !11, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"double", !11, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
