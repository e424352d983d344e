; ModuleID = 'nostd.643b4e065edcc12f-cgu.0'
source_filename = "nostd.643b4e065edcc12f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_7ffe2b49ed461956f01b5ea812540aa9 = private unnamed_addr constant [9 x i8] c"nostd.rs\00", align 1
@alloc_e1158bd34b3e92687f8eb17fb2b241ec = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\1A\00\00\00\11\00\00\00" }>, align 8

; nostd::callback_sum
; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN5nostd12callback_sum17h44f020c4b6cf1d0fE(ptr noundef nonnull readonly captures(none) %f, i32 noundef %n) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %_0.i.i.i6.not.i = icmp eq i32 %n, 0
  br i1 %_0.i.i.i6.not.i, label %_ZN4core4iter6traits8iterator8Iterator4fold17h603b54a304b71af7E.exit, label %bb3.i

bb3.i:                                            ; preds = %start, %bb3.i
  %accum.sroa.0.08.i = phi i32 [ %_0.i1.i.i, %bb3.i ], [ 0, %start ]
  %self.sroa.0.07.i = phi i32 [ %_0.i1.i.i.i, %bb3.i ], [ 0, %start ]
  %_0.i1.i.i.i = add nuw i32 %self.sroa.0.07.i, 1
  %_0.i.i.i = tail call noundef i32 %f(i32 noundef %self.sroa.0.07.i) #8
  %_0.i1.i.i = add i32 %_0.i.i.i, %accum.sroa.0.08.i
  %exitcond.not.i = icmp eq i32 %_0.i1.i.i.i, %n
  br i1 %exitcond.not.i, label %_ZN4core4iter6traits8iterator8Iterator4fold17h603b54a304b71af7E.exit, label %bb3.i

_ZN4core4iter6traits8iterator8Iterator4fold17h603b54a304b71af7E.exit: ; preds = %bb3.i, %start
  %accum.sroa.0.0.lcssa.i = phi i32 [ 0, %start ], [ %_0.i1.i.i, %bb3.i ]
  ret i32 %accum.sroa.0.0.lcssa.i
}

; nostd::ring_roundtrip
; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @_ZN5nostd14ring_roundtrip17hc827f66ef0d2610aE(ptr noalias noundef nonnull readonly align 4 captures(address) %vals.0, i64 noundef range(i64 0, 2305843009213693952) %vals.1) unnamed_addr #0 {
start:
  %r = alloca [272 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %r)
  %0 = getelementptr inbounds nuw i8, ptr %r, i64 256
  %1 = getelementptr inbounds nuw i8, ptr %r, i64 264
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(272) %r, i8 0, i64 272, i1 false)
  %_25.idx = shl nuw nsw i64 %vals.1, 2
  %_25 = getelementptr inbounds nuw i8, ptr %vals.0, i64 %_25.idx
  %_3239 = icmp eq i64 %vals.1, 0
  br i1 %_3239, label %bb12, label %bb14.outer

bb14.outer:                                       ; preds = %start, %bb8.thread
  %s.sroa.0.043.ph = phi i64 [ %7, %bb8.thread ], [ 0, %start ]
  %iter.sroa.0.042.ph = phi ptr [ %_38, %bb8.thread ], [ %vals.0, %start ]
  %_4.i93241.ph = phi i64 [ 64, %bb8.thread ], [ 0, %start ]
  %_4.i63840.ph = phi i64 [ %5, %bb8.thread ], [ 0, %start ]
  br label %bb14

bb14:                                             ; preds = %bb14.outer, %bb8
  %iter.sroa.0.042 = phi ptr [ %_38, %bb8 ], [ %iter.sroa.0.042.ph, %bb14.outer ]
  %_4.i93241 = phi i64 [ %3, %bb8 ], [ %_4.i93241.ph, %bb14.outer ]
  %_38 = getelementptr inbounds nuw i8, ptr %iter.sroa.0.042, i64 4
  %v = load i32, ptr %iter.sroa.0.042, align 4, !noundef !3
  %_3.i.not = icmp eq i64 %_4.i93241, 64
  br i1 %_3.i.not, label %bb8.thread, label %bb8

bb8:                                              ; preds = %bb14
  %_6.i = add i64 %_4.i63840.ph, %_4.i93241
  %_5.i = and i64 %_6.i, 63
  %2 = getelementptr inbounds nuw i32, ptr %r, i64 %_5.i
  store i32 %v, ptr %2, align 4, !alias.scope !4
  %3 = add i64 %_4.i93241, 1
  store i64 %3, ptr %1, align 8
  %_32 = icmp eq ptr %_38, %_25
  br i1 %_32, label %bb9thread-pre-split, label %bb14

bb8.thread:                                       ; preds = %bb14
  %4 = getelementptr inbounds nuw i32, ptr %r, i64 %_4.i63840.ph
  %v.i = load i32, ptr %4, align 4, !alias.scope !7, !noundef !3
  %_6.i8 = add nuw nsw i64 %_4.i63840.ph, 1
  %5 = and i64 %_6.i8, 63
  store i64 %5, ptr %0, align 8, !alias.scope !7
  %6 = zext i32 %v.i to i64
  %7 = add i64 %s.sroa.0.043.ph, %6
  store i32 %v, ptr %4, align 4, !alias.scope !10
  store i64 64, ptr %1, align 8
  %_3261 = icmp eq ptr %_38, %_25
  br i1 %_3261, label %bb9thread-pre-split.thread64, label %bb14.outer

bb9thread-pre-split.thread64:                     ; preds = %bb8.thread
  %.promoted44.pre67 = load i64, ptr %0, align 8
  br label %bb2.i17.preheader

bb9thread-pre-split:                              ; preds = %bb8
  %.promoted44.pre = load i64, ptr %0, align 8
  %8 = icmp eq i64 %3, 0
  br i1 %8, label %bb12, label %bb2.i17.preheader

bb2.i17.preheader:                                ; preds = %bb9thread-pre-split.thread64, %bb9thread-pre-split
  %s.sroa.0.248.ph = phi i64 [ %s.sroa.0.043.ph, %bb9thread-pre-split ], [ %7, %bb9thread-pre-split.thread64 ]
  %_2.i1647.ph = phi i64 [ %3, %bb9thread-pre-split ], [ 64, %bb9thread-pre-split.thread64 ]
  %_4.i184546.ph = phi i64 [ %.promoted44.pre, %bb9thread-pre-split ], [ %.promoted44.pre67, %bb9thread-pre-split.thread64 ]
  br label %bb2.i17

bb2.i17:                                          ; preds = %bb2.i17.preheader, %bb11
  %s.sroa.0.248 = phi i64 [ %12, %bb11 ], [ %s.sroa.0.248.ph, %bb2.i17.preheader ]
  %_2.i1647 = phi i64 [ %11, %bb11 ], [ %_2.i1647.ph, %bb2.i17.preheader ]
  %_4.i184546 = phi i64 [ %10, %bb11 ], [ %_4.i184546.ph, %bb2.i17.preheader ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  %_5.i19 = icmp ult i64 %_4.i184546, 64
  br i1 %_5.i19, label %bb11, label %panic.i20

panic.i20:                                        ; preds = %bb2.i17
; call core::panicking::panic_bounds_check
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_4.i184546, i64 noundef 64, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_e1158bd34b3e92687f8eb17fb2b241ec) #9, !noalias !13
  unreachable

bb11:                                             ; preds = %bb2.i17
  %9 = getelementptr inbounds nuw i32, ptr %r, i64 %_4.i184546
  %v.i22 = load i32, ptr %9, align 4, !alias.scope !13, !noundef !3
  %_6.i23 = add nuw nsw i64 %_4.i184546, 1
  %10 = and i64 %_6.i23, 63
  store i64 %10, ptr %0, align 8, !alias.scope !13
  %11 = add i64 %_2.i1647, -1
  store i64 %11, ptr %1, align 8, !alias.scope !13
  %_18 = zext i32 %v.i22 to i64
  %12 = add i64 %s.sroa.0.248, %_18
  %13 = icmp eq i64 %11, 0
  br i1 %13, label %bb12, label %bb2.i17

bb12:                                             ; preds = %bb11, %start, %bb9thread-pre-split
  %s.sroa.0.2.lcssa = phi i64 [ %s.sroa.0.043.ph, %bb9thread-pre-split ], [ 0, %start ], [ %12, %bb11 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %r)
  ret i64 %s.sroa.0.2.lcssa
}

; nostd::parse_u64
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define { i64, i64 } @_ZN5nostd9parse_u6417hb105109f26010622E(ptr noalias noundef nonnull readonly align 1 captures(address) %s.0, i64 noundef range(i64 0, -9223372036854775808) %s.1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %_21 = getelementptr inbounds nuw i8, ptr %s.0, i64 %s.1
  br label %bb1

bb1:                                              ; preds = %bb14, %start
  %iter.sroa.8.0 = phi i64 [ 0, %start ], [ %_9.0.i, %bb14 ]
  %iter.sroa.0.0 = phi ptr [ %s.0, %start ], [ %_16.i.i, %bb14 ]
  %v.sroa.0.0 = phi i64 [ 0, %start ], [ %_36.0, %bb14 ]
  %_6.i.i = icmp eq ptr %iter.sroa.0.0, %_21
  br i1 %_6.i.i, label %bb9, label %bb4

bb4:                                              ; preds = %bb1
  %_16.i.i = getelementptr inbounds nuw i8, ptr %iter.sroa.0.0, i64 1
  %_9.0.i = add nuw i64 %iter.sroa.8.0, 1
  %c = load i8, ptr %iter.sroa.0.0, align 1, !noundef !3
  %0 = add i8 %c, -48
  %or.cond = icmp ult i8 %0, 10
  br i1 %or.cond, label %bb6, label %bb9

bb9:                                              ; preds = %bb4, %bb14, %bb6, %bb1
  %_0.sroa.4.0 = phi i64 [ %v.sroa.0.0, %bb1 ], [ %iter.sroa.8.0, %bb6 ], [ %iter.sroa.8.0, %bb14 ], [ %iter.sroa.8.0, %bb4 ]
  %_0.sroa.0.0 = phi i64 [ 0, %bb1 ], [ 1, %bb6 ], [ 1, %bb14 ], [ 1, %bb4 ]
  %1 = insertvalue { i64, i64 } poison, i64 %_0.sroa.0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.sroa.4.0, 1
  ret { i64, i64 } %2

bb6:                                              ; preds = %bb4
  %3 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %v.sroa.0.0, i64 10)
  %_30.1 = extractvalue { i64, i1 } %3, 1
  br i1 %_30.1, label %bb9, label %bb14, !prof !16

bb14:                                             ; preds = %bb6
  %_30.0 = extractvalue { i64, i1 } %3, 0
  %_33 = zext nneg i8 %0 to i64
  %_36.0 = add i64 %_30.0, %_33
  %_36.1 = icmp ult i64 %_36.0, %_30.0
  br i1 %_36.1, label %bb9, label %bb1, !prof !16
}

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #7

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind "target-cpu"="x86-64" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #8 = { nounwind }
attributes #9 = { noinline noreturn nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE: %self"}
!6 = distinct !{!6, !"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE"}
!7 = !{!8}
!8 = distinct !{!8, !9, !"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E: %self"}
!9 = distinct !{!9, !"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E"}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE: %self"}
!12 = distinct !{!12, !"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E: %self"}
!15 = distinct !{!15, !"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E"}
!16 = !{!"branch_weights", !"expected", i32 1, i32 2000}
