; ModuleID = 'numeric.bc0cbf7bbfa7be59-cgu.0'
source_filename = "numeric.bc0cbf7bbfa7be59-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; numeric::dot
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define noundef double @_ZN7numeric3dot17hb081a119ad26c715E(ptr noalias noundef nonnull readonly align 8 captures(none) %a.0, i64 noundef range(i64 0, 1152921504606846976) %a.1, ptr noalias noundef nonnull readonly align 8 captures(none) %b.0, i64 noundef range(i64 0, 1152921504606846976) %b.1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %_0.sroa.0.0.i.i.i = tail call noundef i64 @llvm.umin.i64(i64 range(i64 0, 1152921504606846976) %b.1, i64 %a.1)
  %_206.not.i = icmp eq i64 %_0.sroa.0.0.i.i.i, 0
  br i1 %_206.not.i, label %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit", label %bb14.i.preheader

bb14.i.preheader:                                 ; preds = %start
  %xtraiter = and i64 %_0.sroa.0.0.i.i.i, 3
  %0 = icmp samesign ult i64 %_0.sroa.0.0.i.i.i, 4
  br i1 %0, label %bb14.i.epil.preheader, label %bb14.i.preheader.new

bb14.i.preheader.new:                             ; preds = %bb14.i.preheader
  %unroll_iter = and i64 %_0.sroa.0.0.i.i.i, 1152921504606846972
  br label %bb14.i

bb14.i:                                           ; preds = %bb14.i, %bb14.i.preheader.new
  %accum.sroa.0.08.i = phi double [ -0.000000e+00, %bb14.i.preheader.new ], [ %_0.i1.i.i.3, %bb14.i ]
  %iter.sroa.0.07.i = phi i64 [ 0, %bb14.i.preheader.new ], [ %_24.i.3, %bb14.i ]
  %niter = phi i64 [ 0, %bb14.i.preheader.new ], [ %niter.next.3, %bb14.i ]
  %_24.i = or disjoint i64 %iter.sroa.0.07.i, 1
  %_3.i.i.i = getelementptr inbounds nuw double, ptr %a.0, i64 %iter.sroa.0.07.i
  %_3.i3.i.i = getelementptr inbounds nuw double, ptr %b.0, i64 %iter.sroa.0.07.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !8)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !11)
  %_5.i.i5.i = load double, ptr %_3.i.i.i, align 8, !alias.scope !13, !noalias !14, !noundef !17
  %_6.i.i.i = load double, ptr %_3.i3.i.i, align 8, !alias.scope !18, !noalias !19, !noundef !17
  %_0.i.i.i = fmul double %_5.i.i5.i, %_6.i.i.i
  %_0.i1.i.i = fadd double %accum.sroa.0.08.i, %_0.i.i.i
  %_24.i.1 = or disjoint i64 %iter.sroa.0.07.i, 2
  %_3.i.i.i.1 = getelementptr inbounds nuw double, ptr %a.0, i64 %_24.i
  %_3.i3.i.i.1 = getelementptr inbounds nuw double, ptr %b.0, i64 %_24.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !20)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !22)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !24)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !26)
  %_5.i.i5.i.1 = load double, ptr %_3.i.i.i.1, align 8, !alias.scope !28, !noalias !29, !noundef !17
  %_6.i.i.i.1 = load double, ptr %_3.i3.i.i.1, align 8, !alias.scope !30, !noalias !31, !noundef !17
  %_0.i.i.i.1 = fmul double %_5.i.i5.i.1, %_6.i.i.i.1
  %_0.i1.i.i.1 = fadd double %_0.i1.i.i, %_0.i.i.i.1
  %_24.i.2 = or disjoint i64 %iter.sroa.0.07.i, 3
  %_3.i.i.i.2 = getelementptr inbounds nuw double, ptr %a.0, i64 %_24.i.1
  %_3.i3.i.i.2 = getelementptr inbounds nuw double, ptr %b.0, i64 %_24.i.1
  tail call void @llvm.experimental.noalias.scope.decl(metadata !32)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !34)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !36)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !38)
  %_5.i.i5.i.2 = load double, ptr %_3.i.i.i.2, align 8, !alias.scope !40, !noalias !41, !noundef !17
  %_6.i.i.i.2 = load double, ptr %_3.i3.i.i.2, align 8, !alias.scope !42, !noalias !43, !noundef !17
  %_0.i.i.i.2 = fmul double %_5.i.i5.i.2, %_6.i.i.i.2
  %_0.i1.i.i.2 = fadd double %_0.i1.i.i.1, %_0.i.i.i.2
  %_24.i.3 = add nuw nsw i64 %iter.sroa.0.07.i, 4
  %_3.i.i.i.3 = getelementptr inbounds nuw double, ptr %a.0, i64 %_24.i.2
  %_3.i3.i.i.3 = getelementptr inbounds nuw double, ptr %b.0, i64 %_24.i.2
  tail call void @llvm.experimental.noalias.scope.decl(metadata !44)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !46)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !48)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !50)
  %_5.i.i5.i.3 = load double, ptr %_3.i.i.i.3, align 8, !alias.scope !52, !noalias !53, !noundef !17
  %_6.i.i.i.3 = load double, ptr %_3.i3.i.i.3, align 8, !alias.scope !54, !noalias !55, !noundef !17
  %_0.i.i.i.3 = fmul double %_5.i.i5.i.3, %_6.i.i.i.3
  %_0.i1.i.i.3 = fadd double %_0.i1.i.i.2, %_0.i.i.i.3
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa", label %bb14.i

"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa": ; preds = %bb14.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit", label %bb14.i.epil.preheader

bb14.i.epil.preheader:                            ; preds = %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa", %bb14.i.preheader
  %accum.sroa.0.08.i.epil.init = phi double [ -0.000000e+00, %bb14.i.preheader ], [ %_0.i1.i.i.3, %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa" ]
  %iter.sroa.0.07.i.epil.init = phi i64 [ 0, %bb14.i.preheader ], [ %_24.i.3, %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa" ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod2)
  br label %bb14.i.epil

bb14.i.epil:                                      ; preds = %bb14.i.epil, %bb14.i.epil.preheader
  %accum.sroa.0.08.i.epil = phi double [ %_0.i1.i.i.epil, %bb14.i.epil ], [ %accum.sroa.0.08.i.epil.init, %bb14.i.epil.preheader ]
  %iter.sroa.0.07.i.epil = phi i64 [ %_24.i.epil, %bb14.i.epil ], [ %iter.sroa.0.07.i.epil.init, %bb14.i.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %bb14.i.epil ], [ 0, %bb14.i.epil.preheader ]
  %_24.i.epil = add nuw nsw i64 %iter.sroa.0.07.i.epil, 1
  %_3.i.i.i.epil = getelementptr inbounds nuw double, ptr %a.0, i64 %iter.sroa.0.07.i.epil
  %_3.i3.i.i.epil = getelementptr inbounds nuw double, ptr %b.0, i64 %iter.sroa.0.07.i.epil
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !8)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !11)
  %_5.i.i5.i.epil = load double, ptr %_3.i.i.i.epil, align 8, !alias.scope !13, !noalias !14, !noundef !17
  %_6.i.i.i.epil = load double, ptr %_3.i3.i.i.epil, align 8, !alias.scope !18, !noalias !19, !noundef !17
  %_0.i.i.i.epil = fmul double %_5.i.i5.i.epil, %_6.i.i.i.epil
  %_0.i1.i.i.epil = fadd double %accum.sroa.0.08.i.epil, %_0.i.i.i.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit", label %bb14.i.epil, !llvm.loop !56

"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit": ; preds = %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa", %bb14.i.epil, %start
  %accum.sroa.0.0.lcssa.i = phi double [ -0.000000e+00, %start ], [ %_0.i1.i.i.3, %"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE.exit.loopexit.unr-lcssa" ], [ %_0.i1.i.i.epil, %bb14.i.epil ]
  ret double %accum.sroa.0.0.lcssa.i
}

; numeric::fib
; Function Attrs: nofree nosync nounwind nonlazybind memory(none) uwtable
define noundef i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 noundef %n) unnamed_addr #1 {
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

; numeric::norm32
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef float @_ZN7numeric6norm3217hdb5a4a58f816e787E(ptr noalias noundef nonnull readonly align 4 captures(none) %v.0, i64 noundef range(i64 0, 2305843009213693952) %v.1) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = icmp eq i64 %v.1, 0
  br i1 %0, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit", label %bb8.i.preheader

bb8.i.preheader:                                  ; preds = %start
  %xtraiter = and i64 %v.1, 3
  %1 = icmp samesign ult i64 %v.1, 4
  br i1 %1, label %bb8.i.epil.preheader, label %bb8.i.preheader.new

bb8.i.preheader.new:                              ; preds = %bb8.i.preheader
  %unroll_iter = and i64 %v.1, 2305843009213693948
  br label %bb8.i

bb8.i:                                            ; preds = %bb8.i, %bb8.i.preheader.new
  %i.sroa.0.0.i = phi i64 [ 0, %bb8.i.preheader.new ], [ %_27.i.3, %bb8.i ]
  %acc.sroa.0.0.i = phi float [ -0.000000e+00, %bb8.i.preheader.new ], [ %_0.i1.i.i.3, %bb8.i ]
  %niter = phi i64 [ 0, %bb8.i.preheader.new ], [ %niter.next.3, %bb8.i ]
  %_45.i = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i
  %_3.i.i.i = load float, ptr %_45.i, align 4, !alias.scope !58, !noundef !17
  %_0.i.i.i = fmul float %_3.i.i.i, %_3.i.i.i
  %_0.i1.i.i = fadd float %acc.sroa.0.0.i, %_0.i.i.i
  %2 = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i
  %_45.i.1 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %_3.i.i.i.1 = load float, ptr %_45.i.1, align 4, !alias.scope !58, !noundef !17
  %_0.i.i.i.1 = fmul float %_3.i.i.i.1, %_3.i.i.i.1
  %_0.i1.i.i.1 = fadd float %_0.i1.i.i, %_0.i.i.i.1
  %3 = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i
  %_45.i.2 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %_3.i.i.i.2 = load float, ptr %_45.i.2, align 4, !alias.scope !58, !noundef !17
  %_0.i.i.i.2 = fmul float %_3.i.i.i.2, %_3.i.i.i.2
  %_0.i1.i.i.2 = fadd float %_0.i1.i.i.1, %_0.i.i.i.2
  %4 = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i
  %_45.i.3 = getelementptr inbounds nuw i8, ptr %4, i64 12
  %_3.i.i.i.3 = load float, ptr %_45.i.3, align 4, !alias.scope !58, !noundef !17
  %_0.i.i.i.3 = fmul float %_3.i.i.i.3, %_3.i.i.i.3
  %_0.i1.i.i.3 = fadd float %_0.i1.i.i.2, %_0.i.i.i.3
  %_27.i.3 = add nuw nsw i64 %i.sroa.0.0.i, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa", label %bb8.i

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa": ; preds = %bb8.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit", label %bb8.i.epil.preheader

bb8.i.epil.preheader:                             ; preds = %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa", %bb8.i.preheader
  %i.sroa.0.0.i.epil.init = phi i64 [ 0, %bb8.i.preheader ], [ %_27.i.3, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa" ]
  %acc.sroa.0.0.i.epil.init = phi float [ -0.000000e+00, %bb8.i.preheader ], [ %_0.i1.i.i.3, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa" ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod2)
  br label %bb8.i.epil

bb8.i.epil:                                       ; preds = %bb8.i.epil, %bb8.i.epil.preheader
  %i.sroa.0.0.i.epil = phi i64 [ %_27.i.epil, %bb8.i.epil ], [ %i.sroa.0.0.i.epil.init, %bb8.i.epil.preheader ]
  %acc.sroa.0.0.i.epil = phi float [ %_0.i1.i.i.epil, %bb8.i.epil ], [ %acc.sroa.0.0.i.epil.init, %bb8.i.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %bb8.i.epil ], [ 0, %bb8.i.epil.preheader ]
  %_45.i.epil = getelementptr inbounds nuw float, ptr %v.0, i64 %i.sroa.0.0.i.epil
  %_3.i.i.i.epil = load float, ptr %_45.i.epil, align 4, !alias.scope !58, !noundef !17
  %_0.i.i.i.epil = fmul float %_3.i.i.i.epil, %_3.i.i.i.epil
  %_0.i1.i.i.epil = fadd float %acc.sroa.0.0.i.epil, %_0.i.i.i.epil
  %_27.i.epil = add nuw nsw i64 %i.sroa.0.0.i.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit", label %bb8.i.epil, !llvm.loop !63

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit": ; preds = %bb8.i.epil, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa"
  %_0.i1.i.i.lcssa = phi float [ %_0.i1.i.i.3, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit.unr-lcssa" ], [ %_0.i1.i.i.epil, %bb8.i.epil ]
  %5 = tail call float @llvm.sqrt.f32(float %_0.i1.i.i.lcssa)
  br label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit"

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit": ; preds = %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit", %start
  %_0.sroa.0.0.i = phi float [ -0.000000e+00, %start ], [ %5, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE.exit.loopexit" ]
  ret float %_0.sroa.0.0.i
}

; numeric::copy_big
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define noundef i64 @_ZN7numeric8copy_big17hd99b1ad0d627a696E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(264) %src) unnamed_addr #0 {
start:
  %_3.sroa.36.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 256
  %_3.sroa.36.0.copyload = load i8, ptr %_3.sroa.36.0.src.sroa_idx, align 8
  %_3.sroa.33.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 240
  %_3.sroa.33.0.copyload = load <2 x i64>, ptr %_3.sroa.33.0.src.sroa_idx, align 8
  %0 = xor i8 %_3.sroa.36.0.copyload, 1
  %1 = extractelement <2 x i64> %_3.sroa.33.0.copyload, i64 1
  %_3.sroa.33.248.vec.extract = add i64 %1, 3
  %_5 = zext i8 %0 to i64
  %_0 = add i64 %_3.sroa.33.248.vec.extract, %_5
  ret i64 %_0
}

; numeric::ackermann
; Function Attrs: nofree nosync nounwind nonlazybind memory(none) uwtable
define noundef i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 noundef %m, i64 noundef %n) unnamed_addr #1 {
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
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i64 @_ZN7numeric9big_array17heb7f80ef1232fa74E(i64 noundef %k) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %a = alloca [32768 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %a)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32768) %a, i8 0, i64 32768, i1 false)
  %broadcast.splatinsert = insertelement <2 x i64> poison, i64 %k, i64 0
  %broadcast.splat = shufflevector <2 x i64> %broadcast.splatinsert, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %start
  %index = phi i64 [ 0, %start ], [ %index.next, %vector.body ]
  %vec.ind = phi <2 x i64> [ <i64 0, i64 1>, %start ], [ %vec.ind.next, %vector.body ]
  %step.add = add <2 x i64> %vec.ind, splat (i64 2)
  %offset.idx = shl i64 %index, 3
  %1 = getelementptr inbounds nuw i8, ptr %a, i64 %offset.idx
  %2 = mul <2 x i64> %vec.ind, %broadcast.splat
  %3 = mul <2 x i64> %step.add, %broadcast.splat
  %4 = and <2 x i64> %vec.ind, splat (i64 63)
  %5 = and <2 x i64> %step.add, splat (i64 63)
  %6 = lshr <2 x i64> %broadcast.splat, %4
  %7 = lshr <2 x i64> %broadcast.splat, %5
  %8 = xor <2 x i64> %6, %2
  %9 = xor <2 x i64> %7, %3
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store <2 x i64> %8, ptr %1, align 8
  store <2 x i64> %9, ptr %10, align 8
  %index.next = add nuw i64 %index, 4
  %vec.ind.next = add <2 x i64> %vec.ind, splat (i64 4)
  %11 = icmp eq i64 %index.next, 4096
  br i1 %11, label %bb5, label %vector.body, !llvm.loop !64

bb5:                                              ; preds = %vector.body
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store ptr %a, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #12, !srcloc !67
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  br label %vector.body12

vector.body12:                                    ; preds = %vector.body12, %bb5
  %index13 = phi i64 [ 0, %bb5 ], [ %index.next16.3, %vector.body12 ]
  %vec.phi = phi <2 x i64> [ zeroinitializer, %bb5 ], [ %29, %vector.body12 ]
  %vec.phi14 = phi <2 x i64> [ zeroinitializer, %bb5 ], [ %30, %vector.body12 ]
  %12 = getelementptr inbounds nuw i64, ptr %a, i64 %index13
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %wide.load = load <2 x i64>, ptr %12, align 8, !alias.scope !68
  %wide.load15 = load <2 x i64>, ptr %13, align 8, !alias.scope !68
  %14 = add <2 x i64> %wide.load, %vec.phi
  %15 = add <2 x i64> %wide.load15, %vec.phi14
  %16 = getelementptr inbounds nuw i64, ptr %a, i64 %index13
  %17 = getelementptr inbounds nuw i8, ptr %16, i64 32
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 48
  %wide.load.1 = load <2 x i64>, ptr %17, align 8, !alias.scope !68
  %wide.load15.1 = load <2 x i64>, ptr %18, align 8, !alias.scope !68
  %19 = add <2 x i64> %wide.load.1, %14
  %20 = add <2 x i64> %wide.load15.1, %15
  %21 = getelementptr inbounds nuw i64, ptr %a, i64 %index13
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 64
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 80
  %wide.load.2 = load <2 x i64>, ptr %22, align 8, !alias.scope !68
  %wide.load15.2 = load <2 x i64>, ptr %23, align 8, !alias.scope !68
  %24 = add <2 x i64> %wide.load.2, %19
  %25 = add <2 x i64> %wide.load15.2, %20
  %26 = getelementptr inbounds nuw i64, ptr %a, i64 %index13
  %27 = getelementptr inbounds nuw i8, ptr %26, i64 96
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 112
  %wide.load.3 = load <2 x i64>, ptr %27, align 8, !alias.scope !68
  %wide.load15.3 = load <2 x i64>, ptr %28, align 8, !alias.scope !68
  %29 = add <2 x i64> %wide.load.3, %24
  %30 = add <2 x i64> %wide.load15.3, %25
  %index.next16.3 = add nuw nsw i64 %index13, 16
  %31 = icmp eq i64 %index.next16.3, 4096
  br i1 %31, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E.exit", label %vector.body12, !llvm.loop !71

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E.exit": ; preds = %vector.body12
  %bin.rdx = add <2 x i64> %30, %29
  %32 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %bin.rdx)
  call void @llvm.lifetime.end.p0(ptr nonnull %a)
  ret i64 %32
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #10

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #11

attributes #0 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #9 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }

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
!13 = !{!9, !4}
!14 = !{!12, !7, !15}
!15 = distinct !{!15, !16, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE: %self"}
!16 = distinct !{!16, !"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"}
!17 = !{}
!18 = !{!12, !7}
!19 = !{!9, !4, !15}
!20 = !{!21}
!21 = distinct !{!21, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0:It1"}
!22 = !{!23}
!23 = distinct !{!23, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1:It1"}
!24 = !{!25}
!25 = distinct !{!25, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0:It1"}
!26 = !{!27}
!27 = distinct !{!27, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1:It1"}
!28 = !{!25, !21}
!29 = !{!27, !23, !15}
!30 = !{!27, !23}
!31 = !{!25, !21, !15}
!32 = !{!33}
!33 = distinct !{!33, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0:It2"}
!34 = !{!35}
!35 = distinct !{!35, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1:It2"}
!36 = !{!37}
!37 = distinct !{!37, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0:It2"}
!38 = !{!39}
!39 = distinct !{!39, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1:It2"}
!40 = !{!37, !33}
!41 = !{!39, !35, !15}
!42 = !{!39, !35}
!43 = !{!37, !33, !15}
!44 = !{!45}
!45 = distinct !{!45, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.0:It3"}
!46 = !{!47}
!47 = distinct !{!47, !5, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE: %elt.1:It3"}
!48 = !{!49}
!49 = distinct !{!49, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.0:It3"}
!50 = !{!51}
!51 = distinct !{!51, !10, !"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E: %_2.1:It3"}
!52 = !{!49, !45}
!53 = !{!51, !47, !15}
!54 = !{!51, !47}
!55 = !{!49, !45, !15}
!56 = distinct !{!56, !57}
!57 = !{!"llvm.loop.unroll.disable"}
!58 = !{!59, !61}
!59 = distinct !{!59, !60, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E: %x"}
!60 = distinct !{!60, !"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"}
!61 = distinct !{!61, !62, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE: %elt"}
!62 = distinct !{!62, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"}
!63 = distinct !{!63, !57}
!64 = distinct !{!64, !65, !66}
!65 = !{!"llvm.loop.isvectorized", i32 1}
!66 = !{!"llvm.loop.unroll.runtime.disable"}
!67 = !{i64 4867443488017095}
!68 = !{!69}
!69 = distinct !{!69, !70, !"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E: %_3"}
!70 = distinct !{!70, !"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E"}
!71 = distinct !{!71, !65, !66}
