; ModuleID = 'numeric.bc0cbf7bbfa7be59-cgu.0'
source_filename = "numeric.bc0cbf7bbfa7be59-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_5c7cf28630cc276d705b307405fbf95c = private unnamed_addr constant [11 x i8] c"numeric.rs\00", align 1
@alloc_a96828638b6cf88e473a5fa7c839b30a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00>\00\00\00\05\00\00\00" }>, align 8
@alloc_6555e8a0363262041d1d7c96697cbb49 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\18\00\00\00\09\00\00\00" }>, align 8
@alloc_3e1b9fdd62a141d6d7320cf8719b26bd = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00T\00\00\00\14\00\00\00" }>, align 8
@alloc_a621d9b88fdbce948e7e1ed662651c84 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00U\00\00\00\14\00\00\00" }>, align 8

@"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE" = unnamed_addr alias float (ptr, ptr), ptr @_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E

; <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(read, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define noundef double @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(48) %self, double noundef %init) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %_4.sroa.0.0.copyload = load ptr, ptr %self, align 8
  %_4.sroa.41.0.self.sroa_idx = getelementptr inbounds nuw i8, ptr %self, i64 16
  %_4.sroa.41.0.copyload = load ptr, ptr %_4.sroa.41.0.self.sroa_idx, align 8
  %_4.sroa.52.0.self.sroa_idx = getelementptr inbounds nuw i8, ptr %self, i64 32
  %_4.sroa.52.0.copyload = load i64, ptr %_4.sroa.52.0.self.sroa_idx, align 8
  %_4.sroa.6.0.self.sroa_idx = getelementptr inbounds nuw i8, ptr %self, i64 40
  %_4.sroa.6.0.copyload = load i64, ptr %_4.sroa.6.0.self.sroa_idx, align 8
  %_2.i.i.i = sub i64 %_4.sroa.6.0.copyload, %_4.sroa.52.0.copyload
  %_205.not.i.i = icmp eq i64 %_4.sroa.6.0.copyload, %_4.sroa.52.0.copyload
  br i1 %_205.not.i.i, label %"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E.exit", label %bb14.lr.ph.i.i

bb14.lr.ph.i.i:                                   ; preds = %start
  %0 = icmp ne ptr %_4.sroa.0.0.copyload, null
  tail call void @llvm.assume(i1 %0)
  %1 = icmp ne ptr %_4.sroa.41.0.copyload, null
  tail call void @llvm.assume(i1 %1)
  br label %bb14.i.i

bb14.i.i:                                         ; preds = %bb14.i.i, %bb14.lr.ph.i.i
  %accum.sroa.0.07.i.i = phi double [ %init, %bb14.lr.ph.i.i ], [ %_0.i.i.i.i, %bb14.i.i ]
  %iter.sroa.0.06.i.i = phi i64 [ 0, %bb14.lr.ph.i.i ], [ %_24.i.i, %bb14.i.i ]
  %_24.i.i = add nuw i64 %iter.sroa.0.06.i.i, 1
  %idx1.i.i.i = add i64 %iter.sroa.0.06.i.i, %_4.sroa.52.0.copyload
  %_3.i.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.0.0.copyload, i64 %idx1.i.i.i
  %_3.i3.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.41.0.copyload, i64 %idx1.i.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !8)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !11)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %_3.i.i.i.i.i = load double, ptr %_3.i.i.i.i, align 8, !alias.scope !18, !noalias !19, !noundef !24
  %_4.i.i.i.i.i = load double, ptr %_3.i3.i.i.i, align 8, !alias.scope !25, !noalias !26, !noundef !24
  %_0.i.i.i.i.i = fmul double %_3.i.i.i.i.i, %_4.i.i.i.i.i
  %_0.i.i.i.i = fadd double %accum.sroa.0.07.i.i, %_0.i.i.i.i.i
  %exitcond.not.i.i = icmp eq i64 %_24.i.i, %_2.i.i.i
  br i1 %exitcond.not.i.i, label %"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E.exit", label %bb14.i.i

"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E.exit": ; preds = %bb14.i.i, %start
  %accum.sroa.0.0.lcssa.i.i = phi double [ %init, %start ], [ %_0.i.i.i.i, %bb14.i.i ]
  ret double %accum.sroa.0.0.lcssa.i.i
}

; <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: write) uwtable
define noundef float @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hd0e37b8676e9f9cdE"(ptr noundef nonnull %self.0, ptr noundef %self.1, float noundef %init) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = icmp ne ptr %self.1, null
  tail call void @llvm.assume(i1 %0)
  %1 = icmp eq ptr %self.0, %self.1
  br i1 %1, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit", label %bb5.i

bb5.i:                                            ; preds = %start
  %2 = ptrtoint ptr %self.1 to i64
  %3 = ptrtoint ptr %self.0 to i64
  %4 = sub nuw i64 %2, %3
  %5 = lshr exact i64 %4, 2
  br label %bb8.i

bb8.i:                                            ; preds = %bb8.i, %bb5.i
  %i.sroa.0.0.i = phi i64 [ 0, %bb5.i ], [ %_27.i, %bb8.i ]
  %acc.sroa.0.0.i = phi float [ %init, %bb5.i ], [ %_0.i.i.i, %bb8.i ]
  %_45.i = getelementptr inbounds nuw float, ptr %self.0, i64 %i.sroa.0.0.i
  %_3.i.i.i.i = load float, ptr %_45.i, align 4, !alias.scope !27, !noalias !34, !noundef !24
  %_0.i.i.i.i = fmul float %_3.i.i.i.i, %_3.i.i.i.i
  %_0.i.i.i = fadd float %acc.sroa.0.0.i, %_0.i.i.i.i
  %_27.i = add nuw i64 %i.sroa.0.0.i, 1
  %_28.i = icmp eq i64 %_27.i, %5
  br i1 %_28.i, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit", label %bb8.i

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit": ; preds = %bb8.i, %start
  %_0.sroa.0.0.i = phi float [ %init, %start ], [ %_0.i.i.i, %bb8.i ]
  ret float %_0.sroa.0.0.i
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::new
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: write, inaccessiblemem: write) uwtable
define void @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$3new17h2ddb111e3a8c4227E"(ptr dead_on_unwind noalias noundef writable writeonly sret([48 x i8]) align 8 captures(none) dereferenceable(48) initializes((0, 48)) %_0, ptr noundef nonnull %0, ptr noundef %1, ptr noundef nonnull %2, ptr noundef %3) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %4 = icmp ne ptr %1, null
  tail call void @llvm.assume(i1 %4)
  %5 = ptrtoint ptr %1 to i64
  %6 = ptrtoint ptr %0 to i64
  %7 = sub nuw i64 %5, %6
  %8 = lshr exact i64 %7, 3
  %9 = icmp ne ptr %3, null
  tail call void @llvm.assume(i1 %9)
  %10 = ptrtoint ptr %3 to i64
  %11 = ptrtoint ptr %2 to i64
  %12 = sub nuw i64 %10, %11
  %13 = lshr exact i64 %12, 3
  %_0.sroa.0.0.i = tail call noundef i64 @llvm.umin.i64(i64 %13, i64 %8)
  store ptr %0, ptr %_0, align 8
  %14 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store ptr %1, ptr %14, align 8
  %15 = getelementptr inbounds nuw i8, ptr %_0, i64 16
  store ptr %2, ptr %15, align 8
  %16 = getelementptr inbounds nuw i8, ptr %_0, i64 24
  store ptr %3, ptr %16, align 8
  %17 = getelementptr inbounds nuw i8, ptr %_0, i64 32
  store i64 0, ptr %17, align 8
  %18 = getelementptr inbounds nuw i8, ptr %_0, i64 40
  store i64 %_0.sroa.0.0.i, ptr %18, align 8
  ret void
}

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: write) uwtable
define noundef float @_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E(ptr noundef nonnull %self.0, ptr noundef %self.1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = icmp ne ptr %self.1, null
  tail call void @llvm.assume(i1 %0)
  %1 = icmp eq ptr %self.0, %self.1
  br i1 %1, label %"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE.exit", label %bb5.i.i.i

bb5.i.i.i:                                        ; preds = %start
  %2 = ptrtoint ptr %self.1 to i64
  %3 = ptrtoint ptr %self.0 to i64
  %4 = sub nuw i64 %2, %3
  %5 = lshr exact i64 %4, 2
  br label %bb8.i.i.i

bb8.i.i.i:                                        ; preds = %bb8.i.i.i, %bb5.i.i.i
  %i.sroa.0.0.i.i.i = phi i64 [ 0, %bb5.i.i.i ], [ %_27.i.i.i, %bb8.i.i.i ]
  %acc.sroa.0.0.i.i.i = phi float [ -0.000000e+00, %bb5.i.i.i ], [ %_0.i.i.i.i.i, %bb8.i.i.i ]
  %_45.i.i.i = getelementptr inbounds nuw float, ptr %self.0, i64 %i.sroa.0.0.i.i.i
  %_3.i.i.i.i.i.i = load float, ptr %_45.i.i.i, align 4, !alias.scope !36, !noalias !43, !noundef !24
  %_0.i.i.i.i.i.i = fmul float %_3.i.i.i.i.i.i, %_3.i.i.i.i.i.i
  %_0.i.i.i.i.i = fadd float %acc.sroa.0.0.i.i.i, %_0.i.i.i.i.i.i
  %_27.i.i.i = add nuw i64 %i.sroa.0.0.i.i.i, 1
  %_28.i.i.i = icmp eq i64 %_27.i.i.i, %5
  br i1 %_28.i.i.i, label %"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE.exit", label %bb8.i.i.i

"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE.exit": ; preds = %bb8.i.i.i, %start
  %_0.sroa.0.0.i.i.i = phi float [ -0.000000e+00, %start ], [ %_0.i.i.i.i.i, %bb8.i.i.i ]
  ret float %_0.sroa.0.0.i.i.i
}

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(read, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define noundef double @_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(48) %self) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !45)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !48)
  %_4.sroa.0.0.copyload.i.i = load ptr, ptr %self, align 8, !alias.scope !51
  %_4.sroa.41.0.self.sroa_idx.i.i = getelementptr inbounds nuw i8, ptr %self, i64 16
  %_4.sroa.41.0.copyload.i.i = load ptr, ptr %_4.sroa.41.0.self.sroa_idx.i.i, align 8, !alias.scope !51
  %_4.sroa.52.0.self.sroa_idx.i.i = getelementptr inbounds nuw i8, ptr %self, i64 32
  %_4.sroa.52.0.copyload.i.i = load i64, ptr %_4.sroa.52.0.self.sroa_idx.i.i, align 8, !alias.scope !51
  %_4.sroa.6.0.self.sroa_idx.i.i = getelementptr inbounds nuw i8, ptr %self, i64 40
  %_4.sroa.6.0.copyload.i.i = load i64, ptr %_4.sroa.6.0.self.sroa_idx.i.i, align 8, !alias.scope !51
  %_2.i.i.i.i.i = sub i64 %_4.sroa.6.0.copyload.i.i, %_4.sroa.52.0.copyload.i.i
  %_205.not.i.i.i.i = icmp eq i64 %_4.sroa.6.0.copyload.i.i, %_4.sroa.52.0.copyload.i.i
  br i1 %_205.not.i.i.i.i, label %"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E.exit", label %bb14.lr.ph.i.i.i.i

bb14.lr.ph.i.i.i.i:                               ; preds = %start
  %0 = icmp ne ptr %_4.sroa.0.0.copyload.i.i, null
  tail call void @llvm.assume(i1 %0)
  %1 = icmp ne ptr %_4.sroa.41.0.copyload.i.i, null
  tail call void @llvm.assume(i1 %1)
  br label %bb14.i.i.i.i

bb14.i.i.i.i:                                     ; preds = %bb14.i.i.i.i, %bb14.lr.ph.i.i.i.i
  %accum.sroa.0.07.i.i.i.i = phi double [ -0.000000e+00, %bb14.lr.ph.i.i.i.i ], [ %_0.i.i.i.i.i.i, %bb14.i.i.i.i ]
  %iter.sroa.0.06.i.i.i.i = phi i64 [ 0, %bb14.lr.ph.i.i.i.i ], [ %_24.i.i.i.i, %bb14.i.i.i.i ]
  %_24.i.i.i.i = add nuw i64 %iter.sroa.0.06.i.i.i.i, 1
  %idx1.i.i.i.i.i = add i64 %iter.sroa.0.06.i.i.i.i, %_4.sroa.52.0.copyload.i.i
  %_3.i.i.i.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.0.0.copyload.i.i, i64 %idx1.i.i.i.i.i
  %_3.i3.i.i.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.41.0.copyload.i.i, i64 %idx1.i.i.i.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !52)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !55)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !57)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !60)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !62)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !65)
  %_3.i.i.i.i.i.i.i = load double, ptr %_3.i.i.i.i.i.i, align 8, !alias.scope !67, !noalias !68, !noundef !24
  %_4.i.i.i.i.i.i.i = load double, ptr %_3.i3.i.i.i.i.i, align 8, !alias.scope !73, !noalias !74, !noundef !24
  %_0.i.i.i.i.i.i.i = fmul double %_3.i.i.i.i.i.i.i, %_4.i.i.i.i.i.i.i
  %_0.i.i.i.i.i.i = fadd double %accum.sroa.0.07.i.i.i.i, %_0.i.i.i.i.i.i.i
  %exitcond.not.i.i.i.i = icmp eq i64 %_24.i.i.i.i, %_2.i.i.i.i.i
  br i1 %exitcond.not.i.i.i.i, label %"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E.exit", label %bb14.i.i.i.i

"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E.exit": ; preds = %bb14.i.i.i.i, %start
  %accum.sroa.0.0.lcssa.i.i.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.i.i.i, %bb14.i.i.i.i ]
  ret double %accum.sroa.0.0.lcssa.i.i.i.i
}

; core::iter::adapters::zip::TrustedRandomAccessNoCoerce::size
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: read) uwtable
define noundef range(i64 0, 2305843009213693952) i64 @_ZN4core4iter8adapters3zip27TrustedRandomAccessNoCoerce4size17h65aee56b80043c58E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self) unnamed_addr #3 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %_5.i = load ptr, ptr %0, align 8, !alias.scope !75, !noalias !78, !nonnull !24, !noundef !24
  %subtracted.i = load ptr, ptr %self, align 8, !alias.scope !75, !noalias !78, !nonnull !24, !noundef !24
  %1 = ptrtoint ptr %_5.i to i64
  %2 = ptrtoint ptr %subtracted.i to i64
  %3 = sub nuw i64 %1, %2
  %4 = lshr exact i64 %3, 3
  ret i64 %4
}

; <f64 as core::iter::traits::accum::Sum>::sum
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(read, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define noundef double @"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(48) %iter) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !80)
  %_4.sroa.0.0.copyload.i = load ptr, ptr %iter, align 8, !alias.scope !80
  %_4.sroa.41.0.self.sroa_idx.i = getelementptr inbounds nuw i8, ptr %iter, i64 16
  %_4.sroa.41.0.copyload.i = load ptr, ptr %_4.sroa.41.0.self.sroa_idx.i, align 8, !alias.scope !80
  %_4.sroa.52.0.self.sroa_idx.i = getelementptr inbounds nuw i8, ptr %iter, i64 32
  %_4.sroa.52.0.copyload.i = load i64, ptr %_4.sroa.52.0.self.sroa_idx.i, align 8, !alias.scope !80
  %_4.sroa.6.0.self.sroa_idx.i = getelementptr inbounds nuw i8, ptr %iter, i64 40
  %_4.sroa.6.0.copyload.i = load i64, ptr %_4.sroa.6.0.self.sroa_idx.i, align 8, !alias.scope !80
  %_2.i.i.i.i = sub i64 %_4.sroa.6.0.copyload.i, %_4.sroa.52.0.copyload.i
  %_205.not.i.i.i = icmp eq i64 %_4.sroa.6.0.copyload.i, %_4.sroa.52.0.copyload.i
  br i1 %_205.not.i.i.i, label %"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E.exit", label %bb14.lr.ph.i.i.i

bb14.lr.ph.i.i.i:                                 ; preds = %start
  %0 = icmp ne ptr %_4.sroa.0.0.copyload.i, null
  tail call void @llvm.assume(i1 %0)
  %1 = icmp ne ptr %_4.sroa.41.0.copyload.i, null
  tail call void @llvm.assume(i1 %1)
  br label %bb14.i.i.i

bb14.i.i.i:                                       ; preds = %bb14.i.i.i, %bb14.lr.ph.i.i.i
  %accum.sroa.0.07.i.i.i = phi double [ -0.000000e+00, %bb14.lr.ph.i.i.i ], [ %_0.i.i.i.i.i, %bb14.i.i.i ]
  %iter.sroa.0.06.i.i.i = phi i64 [ 0, %bb14.lr.ph.i.i.i ], [ %_24.i.i.i, %bb14.i.i.i ]
  %_24.i.i.i = add nuw i64 %iter.sroa.0.06.i.i.i, 1
  %idx1.i.i.i.i = add i64 %iter.sroa.0.06.i.i.i, %_4.sroa.52.0.copyload.i
  %_3.i.i.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.0.0.copyload.i, i64 %idx1.i.i.i.i
  %_3.i3.i.i.i.i = getelementptr inbounds nuw double, ptr %_4.sroa.41.0.copyload.i, i64 %idx1.i.i.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !83)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !86)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !88)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !91)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !93)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !96)
  %_3.i.i.i.i.i.i = load double, ptr %_3.i.i.i.i.i, align 8, !alias.scope !98, !noalias !99, !noundef !24
  %_4.i.i.i.i.i.i = load double, ptr %_3.i3.i.i.i.i, align 8, !alias.scope !104, !noalias !105, !noundef !24
  %_0.i.i.i.i.i.i = fmul double %_3.i.i.i.i.i.i, %_4.i.i.i.i.i.i
  %_0.i.i.i.i.i = fadd double %accum.sroa.0.07.i.i.i, %_0.i.i.i.i.i.i
  %exitcond.not.i.i.i = icmp eq i64 %_24.i.i.i, %_2.i.i.i.i
  br i1 %exitcond.not.i.i.i, label %"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E.exit", label %bb14.i.i.i

"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E.exit": ; preds = %bb14.i.i.i, %start
  %accum.sroa.0.0.lcssa.i.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.i.i, %bb14.i.i.i ]
  ret double %accum.sroa.0.0.lcssa.i.i.i
}

; numeric::float_bits
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: write) uwtable
define void @_ZN7numeric10float_bits17hefe1856136d70a4bE(ptr dead_on_unwind noalias noundef writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) initializes((0, 12), (16, 24)) %_0, double noundef %x) unnamed_addr #4 {
start:
  %_3 = tail call i32 @llvm.fptosi.sat.i32.f64(double %x)
  %0 = tail call noundef double @llvm.powi.f64.i32(double %x, i32 3)
  %1 = tail call noundef double @llvm.fma.f64(double %0, double 2.000000e+00, double 1.000000e+00)
  store double %x, ptr %_0, align 8
  %2 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store i32 %_3, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %_0, i64 16
  store double %1, ptr %3, align 8
  ret void
}

; numeric::mul_checked
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(none) uwtable
define { i64, i64 } @_ZN7numeric11mul_checked17h034eb69188fbb71dE(i64 noundef %a, i64 noundef %b) unnamed_addr #5 {
start:
  %0 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %_5.1.i = extractvalue { i64, i1 } %0, 1
  %not._5.1.i = xor i1 %_5.1.i, true
  %..i = zext i1 %not._5.1.i to i64
  %_5.0.i = extractvalue { i64, i1 } %0, 0
  %1 = insertvalue { i64, i64 } poison, i64 %..i, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_5.0.i, 1
  ret { i64, i64 } %2
}

; numeric::medium_array
; Function Attrs: nonlazybind optsize uwtable
define noundef i32 @_ZN7numeric12medium_array17hbe80767009f4f0a2E(i64 noundef %idx) unnamed_addr #6 {
start:
  %0 = alloca [8 x i8], align 8
  %table = alloca [1200 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %table)
  br label %repeat_loop_body

repeat_loop_body:                                 ; preds = %start, %repeat_loop_body
  %1 = phi i64 [ 0, %start ], [ %3, %repeat_loop_body ]
  %2 = getelementptr inbounds nuw i32, ptr %table, i64 %1
  store i32 7, ptr %2, align 4
  %3 = add nuw nsw i64 %1, 1
  %exitcond.not = icmp eq i64 %3, 300
  br i1 %exitcond.not, label %repeat_loop_next, label %repeat_loop_body

repeat_loop_next:                                 ; preds = %repeat_loop_body
  call void @llvm.lifetime.start.p0(ptr nonnull %0), !noalias !106
  store ptr %table, ptr %0, align 8, !noalias !106
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #22, !srcloc !109
  call void @llvm.lifetime.end.p0(ptr nonnull %0), !noalias !106
  %_5 = icmp ult i64 %idx, 300
  br i1 %_5, label %bb2, label %panic

bb2:                                              ; preds = %repeat_loop_next
  call void @llvm.lifetime.end.p0(ptr nonnull %table)
  ret i32 7

panic:                                            ; preds = %repeat_loop_next
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %idx, i64 noundef 300, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a96828638b6cf88e473a5fa7c839b30a) #23
  unreachable
}

; numeric::to_string_u128
; Function Attrs: nonlazybind optsize uwtable
define noundef range(i64 1, 41) i64 @_ZN7numeric14to_string_u12817h1a5e3b52b9b2ba46E(i128 noundef %0, ptr noalias noundef writeonly align 1 captures(none) dereferenceable(40) %out) unnamed_addr #6 {
start:
  %tmp = alloca [40 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %tmp)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(40) %tmp, i8 0, i64 40, i1 false)
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %indvars.iv = phi i64 [ %indvars.iv.next, %bb2 ], [ 1, %start ]
  %n.sroa.0.0 = phi i64 [ %5, %bb2 ], [ 0, %start ]
  %v.sroa.0.0 = phi i128 [ %1, %bb2 ], [ %0, %start ]
  %exitcond.not = icmp eq i64 %n.sroa.0.0, 40
  br i1 %exitcond.not, label %panic, label %bb2

bb2:                                              ; preds = %bb1
  %v.sroa.0.0.frozen = freeze i128 %v.sroa.0.0
  %1 = udiv i128 %v.sroa.0.0.frozen, 10
  %2 = mul i128 %1, 10
  %_5.decomposed = sub i128 %v.sroa.0.0.frozen, %2
  %_4 = trunc nuw nsw i128 %_5.decomposed to i8
  %3 = getelementptr inbounds nuw i8, ptr %tmp, i64 %n.sroa.0.0
  %4 = or disjoint i8 %_4, 48
  store i8 %4, ptr %3, align 1
  %5 = add nuw nsw i64 %n.sroa.0.0, 1
  %6 = icmp ult i128 %v.sroa.0.0, 10
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  br i1 %6, label %bb9, label %bb1

panic:                                            ; preds = %bb1
; call core::panicking::panic_bounds_check
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef 40, i64 noundef 40, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_6555e8a0363262041d1d7c96697cbb49) #23
  unreachable

bb9:                                              ; preds = %bb2, %bb9
  %iter.sroa.0.018 = phi i64 [ %_0.i1.i.i, %bb9 ], [ 0, %bb2 ]
  %_0.i1.i.i = add nuw nsw i64 %iter.sroa.0.018, 1
  %_19 = sub nuw nsw i64 %n.sroa.0.0, %iter.sroa.0.018
  %7 = getelementptr inbounds nuw i8, ptr %tmp, i64 %_19
  %_18 = load i8, ptr %7, align 1, !noundef !24
  %8 = getelementptr inbounds nuw i8, ptr %out, i64 %iter.sroa.0.018
  store i8 %_18, ptr %8, align 1
  %exitcond21.not = icmp eq i64 %_0.i1.i.i, %indvars.iv
  br i1 %exitcond21.not, label %bb10, label %bb9

bb10:                                             ; preds = %bb9
  call void @llvm.lifetime.end.p0(ptr nonnull %tmp)
  ret i64 %5
}

; numeric::dot
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: readwrite) uwtable
define noundef double @_ZN7numeric3dot17hb081a119ad26c715E(ptr noalias noundef nonnull readonly align 8 captures(none) %a.0, i64 noundef range(i64 0, 1152921504606846976) %a.1, ptr noalias noundef nonnull readonly align 8 captures(none) %b.0, i64 noundef range(i64 0, 1152921504606846976) %b.1) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %_0.sroa.0.0.i.i.i = tail call noundef i64 @llvm.umin.i64(i64 range(i64 0, 1152921504606846976) %b.1, i64 %a.1)
  %_205.not.i.i.i.i.i = icmp eq i64 %_0.sroa.0.0.i.i.i, 0
  br i1 %_205.not.i.i.i.i.i, label %_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E.exit, label %bb14.i.i.i.i.i

bb14.i.i.i.i.i:                                   ; preds = %start, %bb14.i.i.i.i.i
  %accum.sroa.0.07.i.i.i.i.i = phi double [ %_0.i.i.i.i.i.i.i, %bb14.i.i.i.i.i ], [ -0.000000e+00, %start ]
  %iter.sroa.0.06.i.i.i.i.i = phi i64 [ %_24.i.i.i.i.i, %bb14.i.i.i.i.i ], [ 0, %start ]
  %_24.i.i.i.i.i = add nuw nsw i64 %iter.sroa.0.06.i.i.i.i.i, 1
  %_3.i.i.i.i.i.i.i = getelementptr inbounds nuw double, ptr %a.0, i64 %iter.sroa.0.06.i.i.i.i.i
  %_3.i3.i.i.i.i.i.i = getelementptr inbounds nuw double, ptr %b.0, i64 %iter.sroa.0.06.i.i.i.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !110)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !113)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !115)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !118)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !120)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !123)
  %_3.i.i.i.i.i.i.i.i = load double, ptr %_3.i.i.i.i.i.i.i, align 8, !alias.scope !125, !noalias !126, !noundef !24
  %_4.i.i.i.i.i.i.i.i = load double, ptr %_3.i3.i.i.i.i.i.i, align 8, !alias.scope !137, !noalias !138, !noundef !24
  %_0.i.i.i.i.i.i.i.i = fmul double %_3.i.i.i.i.i.i.i.i, %_4.i.i.i.i.i.i.i.i
  %_0.i.i.i.i.i.i.i = fadd double %accum.sroa.0.07.i.i.i.i.i, %_0.i.i.i.i.i.i.i.i
  %exitcond.not.i.i.i.i.i = icmp eq i64 %_24.i.i.i.i.i, %_0.sroa.0.0.i.i.i
  br i1 %exitcond.not.i.i.i.i.i, label %_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E.exit, label %bb14.i.i.i.i.i

_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E.exit: ; preds = %bb14.i.i.i.i.i, %start
  %accum.sroa.0.0.lcssa.i.i.i.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.i.i.i.i, %bb14.i.i.i.i.i ]
  ret double %accum.sroa.0.0.lcssa.i.i.i.i.i
}

; numeric::fib
; Function Attrs: nofree nosync nounwind nonlazybind optsize memory(none) uwtable
define noundef i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 noundef %n) unnamed_addr #8 {
start:
  %_21 = icmp ult i32 %n, 2
  br i1 %_21, label %bb1, label %bb2

bb2:                                              ; preds = %start, %bb2
  %n.tr3 = phi i32 [ %_6, %bb2 ], [ %n, %start ]
  %accumulator.tr2 = phi i64 [ %0, %bb2 ], [ 0, %start ]
  %_4 = add i32 %n.tr3, -1
; call numeric::fib
  %_3 = tail call noundef i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 noundef %_4)
  %_6 = add i32 %n.tr3, -2
  %0 = add i64 %_3, %accumulator.tr2
  %_2 = icmp ult i32 %_6, 2
  br i1 %_2, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  %accumulator.tr.lcssa = phi i64 [ 0, %start ], [ %0, %bb2 ]
  %n.tr.lcssa = phi i32 [ %n, %start ], [ %_6, %bb2 ]
  %1 = zext nneg i32 %n.tr.lcssa to i64
  %accumulator.ret.tr = add i64 %accumulator.tr.lcssa, %1
  ret i64 %accumulator.ret.tr
}

; numeric::eval
; Function Attrs: nonlazybind optsize uwtable
define noundef i64 @_ZN7numeric4eval17haab9dc379ea5f647E(i8 noundef range(i8 0, 10) %op, i64 noundef %a, i64 noundef %b) unnamed_addr #6 {
start:
  switch i8 %op, label %default.unreachable6 [
    i8 0, label %bb11
    i8 1, label %bb10
    i8 2, label %bb9
    i8 3, label %bb8
    i8 4, label %bb7
    i8 5, label %bb6
    i8 6, label %bb5
    i8 7, label %bb4
    i8 8, label %bb3
    i8 9, label %bb2
  ]

default.unreachable6:                             ; preds = %start
  unreachable

bb11:                                             ; preds = %start
  %_0.i = add i64 %b, %a
  br label %bb16

bb10:                                             ; preds = %start
  %_0.i5 = sub i64 %a, %b
  br label %bb16

bb9:                                              ; preds = %start
  %_0.i4 = mul i64 %b, %a
  br label %bb16

bb8:                                              ; preds = %start
  %_5 = icmp eq i64 %b, 0
  br i1 %_5, label %panic, label %bb12

bb7:                                              ; preds = %start
  %_9 = icmp eq i64 %b, 0
  br i1 %_9, label %panic2, label %bb14

bb6:                                              ; preds = %start
  %_13 = and i64 %b, 63
  %0 = shl i64 %a, %_13
  br label %bb16

bb5:                                              ; preds = %start
  %_14 = and i64 %b, 63
  %1 = ashr i64 %a, %_14
  br label %bb16

bb4:                                              ; preds = %start
  %2 = and i64 %b, %a
  br label %bb16

bb3:                                              ; preds = %start
  %3 = or i64 %b, %a
  br label %bb16

bb2:                                              ; preds = %start
  %4 = xor i64 %b, %a
  br label %bb16

bb16:                                             ; preds = %bb2, %bb3, %bb4, %bb5, %bb6, %bb15, %bb13, %bb9, %bb10, %bb11
  %_0.sroa.0.0 = phi i64 [ %_0.i, %bb11 ], [ %_0.i5, %bb10 ], [ %_0.i4, %bb9 ], [ %5, %bb13 ], [ %6, %bb15 ], [ %0, %bb6 ], [ %1, %bb5 ], [ %2, %bb4 ], [ %3, %bb3 ], [ %4, %bb2 ]
  ret i64 %_0.sroa.0.0

bb12:                                             ; preds = %bb8
  %_6 = icmp eq i64 %b, -1
  %_7 = icmp eq i64 %a, -9223372036854775808
  %_8 = and i1 %_7, %_6
  br i1 %_8, label %panic1, label %bb13

panic:                                            ; preds = %bb8
; call core::panicking::panic_const::panic_const_div_by_zero
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_div_by_zero(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_3e1b9fdd62a141d6d7320cf8719b26bd) #23
  unreachable

bb13:                                             ; preds = %bb12
  %5 = sdiv i64 %a, %b
  br label %bb16

panic1:                                           ; preds = %bb12
; call core::panicking::panic_const::panic_const_div_overflow
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_div_overflow(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_3e1b9fdd62a141d6d7320cf8719b26bd) #23
  unreachable

bb14:                                             ; preds = %bb7
  %_10 = icmp eq i64 %b, -1
  %_11 = icmp eq i64 %a, -9223372036854775808
  %_12 = and i1 %_11, %_10
  br i1 %_12, label %panic3, label %bb15

panic2:                                           ; preds = %bb7
; call core::panicking::panic_const::panic_const_rem_by_zero
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_rem_by_zero(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a621d9b88fdbce948e7e1ed662651c84) #23
  unreachable

bb15:                                             ; preds = %bb14
  %6 = srem i64 %a, %b
  br label %bb16

panic3:                                           ; preds = %bb14
; call core::panicking::panic_const::panic_const_rem_overflow
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_rem_overflow(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a621d9b88fdbce948e7e1ed662651c84) #23
  unreachable
}

; numeric::norm32
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read) uwtable
define noundef float @_ZN7numeric6norm3217hdb5a4a58f816e787E(ptr noalias noundef nonnull readonly align 4 captures(none) %v.0, i64 noundef range(i64 0, 2305843009213693952) %v.1) unnamed_addr #9 personality ptr @rust_eh_personality {
start:
  %0 = icmp eq i64 %v.1, 0
  br i1 %0, label %_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit, label %bb8.i.i.i.i

bb8.i.i.i.i:                                      ; preds = %start, %bb8.i.i.i.i
  %i.sroa.0.0.i.i.i.i = phi i64 [ %_27.i.i.i.i, %bb8.i.i.i.i ], [ 0, %start ]
  %acc.sroa.0.0.i.i.i.i = phi float [ %_0.i.i.i.i.i.i, %bb8.i.i.i.i ], [ -0.000000e+00, %start ]
  %_45.i.i.i.i = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i.i.i.i
  %_3.i.i.i.i.i.i.i = load float, ptr %_45.i.i.i.i, align 4, !alias.scope !139, !noalias !146, !noundef !24
  %_0.i.i.i.i.i.i.i = fmul float %_3.i.i.i.i.i.i.i, %_3.i.i.i.i.i.i.i
  %_0.i.i.i.i.i.i = fadd float %acc.sroa.0.0.i.i.i.i, %_0.i.i.i.i.i.i.i
  %_27.i.i.i.i = add nuw nsw i64 %i.sroa.0.0.i.i.i.i, 1
  %_28.i.i.i.i = icmp eq i64 %_27.i.i.i.i, %v.1
  br i1 %_28.i.i.i.i, label %_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit.loopexit, label %bb8.i.i.i.i

_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit.loopexit: ; preds = %bb8.i.i.i.i
  %1 = tail call float @llvm.sqrt.f32(float %_0.i.i.i.i.i.i)
  br label %_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit

_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit: ; preds = %_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit.loopexit, %start
  %_0.sroa.0.0.i.i.i.i = phi float [ -0.000000e+00, %start ], [ %1, %_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E.exit.loopexit ]
  ret float %_0.sroa.0.0.i.i.i.i
}

; numeric::copy_big
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: readwrite) uwtable
define noundef i64 @_ZN7numeric8copy_big17hd99b1ad0d627a696E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(264) %src) unnamed_addr #7 {
start:
  %_3 = alloca [264 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(264) %_3, ptr noundef nonnull align 8 dereferenceable(264) %src, i64 264, i1 false)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !148)
  br label %bb6.i

bb6.i:                                            ; preds = %bb6.i, %start
  %iter.sroa.0.0.idx4.i = phi i64 [ 0, %start ], [ %iter.sroa.0.0.add.i, %bb6.i ]
  %iter.sroa.0.0.ptr.i = getelementptr inbounds nuw i8, ptr %_3, i64 %iter.sroa.0.0.idx4.i
  %iter.sroa.0.0.add.i = add nuw nsw i64 %iter.sroa.0.0.idx4.i, 8
  %0 = load i64, ptr %iter.sroa.0.0.ptr.i, align 8, !alias.scope !151, !noalias !148, !noundef !24
  %1 = add i64 %0, 3
  store i64 %1, ptr %iter.sroa.0.0.ptr.i, align 8, !alias.scope !151, !noalias !148
  %_7.i.i = icmp eq i64 %iter.sroa.0.0.add.i, 256
  br i1 %_7.i.i, label %_ZN7numeric8pass_big17he0423d524ae01365E.exit, label %bb6.i

_ZN7numeric8pass_big17he0423d524ae01365E.exit:    ; preds = %bb6.i
  %2 = getelementptr inbounds nuw i8, ptr %_3, i64 256
  %3 = load i8, ptr %2, align 8, !alias.scope !151, !noalias !148, !noundef !24
  %4 = xor i8 %3, 1
  %b.sroa.3.0._3.sroa_idx = getelementptr inbounds nuw i8, ptr %_3, i64 248
  %b.sroa.3.0.copyload = load i64, ptr %b.sroa.3.0._3.sroa_idx, align 8, !alias.scope !153
  call void @llvm.lifetime.end.p0(ptr nonnull %_3)
  %_5 = zext i8 %4 to i64
  %_0 = add i64 %b.sroa.3.0.copyload, %_5
  ret i64 %_0
}

; numeric::pass_big
; Function Attrs: nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: readwrite) uwtable
define void @_ZN7numeric8pass_big17he0423d524ae01365E(ptr dead_on_unwind noalias noundef writable writeonly sret([264 x i8]) align 8 captures(none) dereferenceable(264) %_0, ptr dead_on_return noalias noundef align 8 captures(none) dereferenceable(264) %b, i64 noundef %k) unnamed_addr #10 {
start:
  br label %bb6

bb6:                                              ; preds = %start, %bb6
  %iter.sroa.0.0.idx4 = phi i64 [ 0, %start ], [ %iter.sroa.0.0.add, %bb6 ]
  %iter.sroa.0.0.ptr = getelementptr inbounds nuw i8, ptr %b, i64 %iter.sroa.0.0.idx4
  %iter.sroa.0.0.add = add nuw nsw i64 %iter.sroa.0.0.idx4, 8
  %0 = load i64, ptr %iter.sroa.0.0.ptr, align 8, !noundef !24
  %1 = add i64 %0, %k
  store i64 %1, ptr %iter.sroa.0.0.ptr, align 8
  %_7.i = icmp eq i64 %iter.sroa.0.0.add, 256
  br i1 %_7.i, label %bb7, label %bb6

bb7:                                              ; preds = %bb6
  %2 = getelementptr inbounds nuw i8, ptr %b, i64 256
  %3 = load i8, ptr %2, align 8, !noundef !24
  %4 = xor i8 %3, 1
  store i8 %4, ptr %2, align 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(264) %_0, ptr noundef nonnull align 8 dereferenceable(264) %b, i64 264, i1 false)
  ret void
}

; numeric::ackermann
; Function Attrs: nofree nosync nounwind nonlazybind optsize memory(none) uwtable
define noundef i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 noundef %m, i64 noundef %n) unnamed_addr #8 {
start:
  %0 = icmp eq i64 %m, 0
  br i1 %0, label %bb4, label %bb1

bb4:                                              ; preds = %tailrecurse.backedge, %start
  %n.tr.lcssa = phi i64 [ %n, %start ], [ %n.tr.be, %tailrecurse.backedge ]
  %1 = add i64 %n.tr.lcssa, 1
  ret i64 %1

bb1:                                              ; preds = %start, %tailrecurse.backedge
  %n.tr2 = phi i64 [ %n.tr.be, %tailrecurse.backedge ], [ %n, %start ]
  %m.tr1 = phi i64 [ %m.tr.be, %tailrecurse.backedge ], [ %m, %start ]
  %2 = icmp eq i64 %n.tr2, 0
  br i1 %2, label %tailrecurse.backedge, label %bb2

tailrecurse.backedge:                             ; preds = %bb1, %bb2
  %n.tr.be = phi i64 [ %_5, %bb2 ], [ 1, %bb1 ]
  %m.tr.be = add i64 %m.tr1, -1
  %3 = icmp eq i64 %m.tr.be, 0
  br i1 %3, label %bb4, label %bb1

bb2:                                              ; preds = %bb1
  %_6 = add i64 %n.tr2, -1
; call numeric::ackermann
  %_5 = tail call noundef i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 noundef %m.tr1, i64 noundef %_6)
  br label %tailrecurse.backedge
}

; numeric::big_array
; Function Attrs: noinline nounwind nonlazybind optsize uwtable
define noundef i64 @_ZN7numeric9big_array17heb7f80ef1232fa74E(i64 noundef %k) unnamed_addr #11 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %a = alloca [32768 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %a)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32768) %a, i8 0, i64 32768, i1 false)
  br label %bb7

bb7:                                              ; preds = %start, %bb7
  %iter.sroa.7.011 = phi i64 [ 0, %start ], [ %_9.0.i, %bb7 ]
  %iter.sroa.0.0.idx10 = phi i64 [ 0, %start ], [ %iter.sroa.0.0.add, %bb7 ]
  %iter.sroa.0.0.ptr = getelementptr inbounds nuw i8, ptr %a, i64 %iter.sroa.0.0.idx10
  %iter.sroa.0.0.add = add nuw nsw i64 %iter.sroa.0.0.idx10, 8
  %_9.0.i = add nuw nsw i64 %iter.sroa.7.011, 1
  %_0.i = mul i64 %iter.sroa.7.011, %k
  %_17 = and i64 %iter.sroa.7.011, 63
  %_16 = lshr i64 %k, %_17
  %1 = xor i64 %_16, %_0.i
  store i64 %1, ptr %iter.sroa.0.0.ptr, align 8
  %_7.i.i = icmp eq i64 %iter.sroa.0.0.add, 32768
  br i1 %_7.i.i, label %bb5.i, label %bb7

bb5.i:                                            ; preds = %bb7
  call void @llvm.lifetime.start.p0(ptr nonnull %0), !noalias !154
  store ptr %a, ptr %0, align 8, !noalias !154
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #22, !srcloc !109
  call void @llvm.lifetime.end.p0(ptr nonnull %0), !noalias !154
  br label %bb8.i3

bb8.i3:                                           ; preds = %bb8.i3, %bb5.i
  %i.sroa.0.0.i = phi i64 [ 0, %bb5.i ], [ %_27.i, %bb8.i3 ]
  %acc.sroa.0.0.i = phi i64 [ 0, %bb5.i ], [ %_0.i.i.i, %bb8.i3 ]
  %_45.i = getelementptr inbounds nuw i64, ptr %a, i64 %i.sroa.0.0.i
  %x.i.i = load i64, ptr %_45.i, align 8, !alias.scope !157, !noundef !24
  %_0.i.i.i = add i64 %x.i.i, %acc.sroa.0.0.i
  %_27.i = add nuw nsw i64 %i.sroa.0.0.i, 1
  %_28.i = icmp eq i64 %_27.i, 4096
  br i1 %_28.i, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E.exit", label %bb8.i3

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E.exit": ; preds = %bb8.i3
  call void @llvm.lifetime.end.p0(ptr nonnull %a)
  ret i64 %_0.i.i.i
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #12

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #13

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #12

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.powi.f64.i32(double, i32) #13

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #13

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #13

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #14

; Function Attrs: nounwind nonlazybind optsize uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #15

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #16

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fptosi.sat.i32.f64(double) #13

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #17

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #18

; core::panicking::panic_const::panic_const_div_by_zero
; Function Attrs: cold noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_div_by_zero(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #19

; core::panicking::panic_const::panic_const_div_overflow
; Function Attrs: cold noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_div_overflow(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #19

; core::panicking::panic_const::panic_const_rem_by_zero
; Function Attrs: cold noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_rem_by_zero(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #19

; core::panicking::panic_const::panic_const_rem_overflow
; Function Attrs: cold noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_rem_overflow(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #19

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #20

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #21

attributes #0 = { nofree norecurse nosync nounwind nonlazybind optsize memory(read, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: write) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: write, inaccessiblemem: write) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(argmem: write) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind nonlazybind optsize willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nofree nosync nounwind nonlazybind optsize memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nofree norecurse nosync nounwind nonlazybind optsize memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { noinline nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #15 = { nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #17 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #18 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #19 = { cold noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #20 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #21 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nounwind }
attributes #23 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0"}
!5 = distinct !{!5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"}
!6 = !{!7}
!7 = distinct !{!7, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1"}
!8 = !{!9}
!9 = distinct !{!9, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0"}
!10 = distinct !{!10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"}
!11 = !{!12}
!12 = distinct !{!12, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!15 = distinct !{!15, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!16 = !{!17}
!17 = distinct !{!17, !15, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!18 = !{!14, !9, !4}
!19 = !{!17, !12, !7, !20, !22}
!20 = distinct !{!20, !21, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE: %self"}
!21 = distinct !{!21, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"}
!22 = distinct !{!22, !23, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E: %self"}
!23 = distinct !{!23, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"}
!24 = !{}
!25 = !{!17, !12, !7}
!26 = !{!14, !9, !4, !20, !22}
!27 = !{!28, !30, !32}
!28 = distinct !{!28, !29, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %self"}
!29 = distinct !{!29, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul"}
!30 = distinct !{!30, !31, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E: %x"}
!31 = distinct !{!31, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"}
!32 = distinct !{!32, !33, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE: %elt"}
!33 = distinct !{!33, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"}
!34 = !{!35}
!35 = distinct !{!35, !29, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %other"}
!36 = !{!37, !39, !41}
!37 = distinct !{!37, !38, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %self"}
!38 = distinct !{!38, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul"}
!39 = distinct !{!39, !40, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E: %x"}
!40 = distinct !{!40, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"}
!41 = distinct !{!41, !42, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE: %elt"}
!42 = distinct !{!42, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"}
!43 = !{!44}
!44 = distinct !{!44, !38, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %other"}
!45 = !{!46}
!46 = distinct !{!46, !47, !"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E: %iter"}
!47 = distinct !{!47, !"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E"}
!48 = !{!49}
!49 = distinct !{!49, !50, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E: %self"}
!50 = distinct !{!50, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"}
!51 = !{!49, !46}
!52 = !{!53}
!53 = distinct !{!53, !54, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0"}
!54 = distinct !{!54, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"}
!55 = !{!56}
!56 = distinct !{!56, !54, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1"}
!57 = !{!58}
!58 = distinct !{!58, !59, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0"}
!59 = distinct !{!59, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"}
!60 = !{!61}
!61 = distinct !{!61, !59, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1"}
!62 = !{!63}
!63 = distinct !{!63, !64, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!64 = distinct !{!64, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!65 = !{!66}
!66 = distinct !{!66, !64, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!67 = !{!63, !58, !53}
!68 = !{!66, !61, !56, !69, !71, !49, !46}
!69 = distinct !{!69, !70, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE: %self"}
!70 = distinct !{!70, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"}
!71 = distinct !{!71, !72, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E: %self"}
!72 = distinct !{!72, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"}
!73 = !{!66, !61, !56}
!74 = !{!63, !58, !53, !69, !71, !49, !46}
!75 = !{!76}
!76 = distinct !{!76, !77, !"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$9size_hint17he7c9787eaca72cf6E: %self"}
!77 = distinct !{!77, !"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$9size_hint17he7c9787eaca72cf6E"}
!78 = !{!79}
!79 = distinct !{!79, !77, !"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$9size_hint17he7c9787eaca72cf6E: %_0"}
!80 = !{!81}
!81 = distinct !{!81, !82, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E: %self"}
!82 = distinct !{!82, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"}
!83 = !{!84}
!84 = distinct !{!84, !85, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0"}
!85 = distinct !{!85, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"}
!86 = !{!87}
!87 = distinct !{!87, !85, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1"}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0"}
!90 = distinct !{!90, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"}
!91 = !{!92}
!92 = distinct !{!92, !90, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1"}
!93 = !{!94}
!94 = distinct !{!94, !95, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!95 = distinct !{!95, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!96 = !{!97}
!97 = distinct !{!97, !95, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!98 = !{!94, !89, !84}
!99 = !{!97, !92, !87, !100, !102, !81}
!100 = distinct !{!100, !101, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE: %self"}
!101 = distinct !{!101, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"}
!102 = distinct !{!102, !103, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E: %self"}
!103 = distinct !{!103, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"}
!104 = !{!97, !92, !87}
!105 = !{!94, !89, !84, !100, !102, !81}
!106 = !{!107}
!107 = distinct !{!107, !108, !"_ZN4core4hint9black_box17hc84e5d85725bd38fE: %dummy"}
!108 = distinct !{!108, !"_ZN4core4hint9black_box17hc84e5d85725bd38fE"}
!109 = !{i64 4867443488017095}
!110 = !{!111}
!111 = distinct !{!111, !112, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0"}
!112 = distinct !{!112, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"}
!113 = !{!114}
!114 = distinct !{!114, !112, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1"}
!115 = !{!116}
!116 = distinct !{!116, !117, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0"}
!117 = distinct !{!117, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"}
!118 = !{!119}
!119 = distinct !{!119, !117, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1"}
!120 = !{!121}
!121 = distinct !{!121, !122, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!122 = distinct !{!122, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!123 = !{!124}
!124 = distinct !{!124, !122, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!125 = !{!121, !116, !111}
!126 = !{!124, !119, !114, !127, !129, !131, !133, !135}
!127 = distinct !{!127, !128, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE: %self"}
!128 = distinct !{!128, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"}
!129 = distinct !{!129, !130, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E: %self"}
!130 = distinct !{!130, !"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"}
!131 = distinct !{!131, !132, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E: %self"}
!132 = distinct !{!132, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"}
!133 = distinct !{!133, !134, !"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E: %iter"}
!134 = distinct !{!134, !"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E"}
!135 = distinct !{!135, !136, !"_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E: %self"}
!136 = distinct !{!136, !"_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E"}
!137 = !{!124, !119, !114}
!138 = !{!121, !116, !111, !127, !129, !131, !133, !135}
!139 = !{!140, !142, !144}
!140 = distinct !{!140, !141, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %self"}
!141 = distinct !{!141, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul"}
!142 = distinct !{!142, !143, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E: %x"}
!143 = distinct !{!143, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"}
!144 = distinct !{!144, !145, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE: %elt"}
!145 = distinct !{!145, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"}
!146 = !{!147}
!147 = distinct !{!147, !141, !"_RNvXs2X_NtNtCsgEmfK2I1SDS_4core3ops5arithRfNtB6_3Mul3mul: %other"}
!148 = !{!149}
!149 = distinct !{!149, !150, !"_ZN7numeric8pass_big17he0423d524ae01365E: %_0"}
!150 = distinct !{!150, !"_ZN7numeric8pass_big17he0423d524ae01365E"}
!151 = !{!152}
!152 = distinct !{!152, !150, !"_ZN7numeric8pass_big17he0423d524ae01365E: %b"}
!153 = !{!149, !152}
!154 = !{!155}
!155 = distinct !{!155, !156, !"_ZN4core4hint9black_box17hc8e728168bac317cE: %dummy"}
!156 = distinct !{!156, !"_ZN4core4hint9black_box17hc8e728168bac317cE"}
!157 = !{!158}
!158 = distinct !{!158, !159, !"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E: %_3"}
!159 = distinct !{!159, !"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E"}
